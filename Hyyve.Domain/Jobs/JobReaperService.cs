using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Jobs;

/// <summary>
/// Returns the jobs of workers that died (their lease expired) to the queue, dead-letters those out of attempts
/// and runs their hooks, and deletes succeeded jobs older than <see cref="JobOptions.SucceededRetention"/>.
/// </summary>
internal sealed class JobReaperService(
    JobQueueAdmin admin, PostgresJobQueue queue, DeadLetterHooks deadLetters, TimeProvider time, IOptions<JobOptions> options,
    ILogger<JobReaperService> logger)
    : BackgroundService
{
    private readonly string _reaperId = $"reaper:{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var lastPurge = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.ReaperInterval, time, stoppingToken);
                foreach (var dying in await admin.ReapExpiredAsync(_reaperId, options.Value.LeaseDuration, stoppingToken))
                {
                    // The hook first, then the dead status (as in JobWorkerService).
                    const string error = "lease expired on the last attempt";
                    using (var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                    using (var renewal = new LeaseRenewal(() => queue.RenewAsync(dying.Id, _reaperId, CancellationToken.None),
                               options.Value.LeaseDuration / 3, lost))
                    {
                        await deadLetters.NotifyAsync(dying, error, lost.Token);
                        await renewal.StopAsync();
                    }

                    if (await queue.FailAsync(dying.Id, _reaperId, error, TimeSpan.Zero, permanent: true, stoppingToken) == "dead")
                    {
                        JobsLog.JobDead(logger, null, dying.Id, dying.Kind, dying.Attempt);
                    }
                }

                if (time.GetUtcNow() - lastPurge > PurgeInterval)
                {
                    await admin.PurgeSucceededAsync(options.Value.SucceededRetention, stoppingToken);
                    lastPurge = time.GetUtcNow();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                JobsLog.LoopError(logger, ex);
            }
        }
    }
}
