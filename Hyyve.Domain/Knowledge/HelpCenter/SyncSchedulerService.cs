using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>Hyyve.Server's sync timer: every tick queues the due syncs through <see cref="SyncScheduler"/> (the same call as
/// the Functions timer trigger), which claims each due project once across processes.</summary>
internal sealed class SyncSchedulerService(IServiceScopeFactory scopes, IOptions<HelpCenterSyncOptions> options, TimeProvider time,
    ILogger<SyncSchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SchedulerInterval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SyncScheduler>().EnqueueDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Accepted gap: a failed tick (database away) claims nothing, so the due syncs stay due for the next tick.
                HelpCenterLog.SchedulerTickFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
