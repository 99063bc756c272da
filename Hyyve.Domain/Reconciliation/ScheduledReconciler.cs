using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NCrontab;

namespace Hyyve.Domain.Reconciliation;

/// <summary>Hyyve.Server's periodic reconciler: one <see cref="AnswerReconciler"/> pass at each <see cref="ReconcilerOptions.Schedule"/> tick.</summary>
internal sealed class ScheduledReconciler(
    IServiceScopeFactory scopes, IOptions<ReconcilerOptions> options, TimeProvider time, ILogger<ScheduledReconciler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var schedule = ReconcilerSchedule.Parse(options.Value.Schedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = new DateTimeOffset(schedule.GetNextOccurrence(now.UtcDateTime), TimeSpan.Zero);
            try
            {
                await Task.Delay(next - now, time, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AnswerReconciler>().RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Logged, not rethrown: the next tick is this loop's retry, and a dead loop would reconcile nothing again.
                ReconcilerLog.PassFailed(logger, ex);
            }
        }
    }
}

/// <summary>Six-field NCRONTAB (seconds first), the format of Functions' timer trigger.</summary>
internal static class ReconcilerSchedule
{
    public static CrontabSchedule Parse(string expression) =>
        CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true });

    public static bool IsValid(string? expression) =>
        expression is not null
        && CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true }) is not null;
}
