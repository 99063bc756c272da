using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Jobs;

/// <summary>
/// Returns the jobs of workers that died (their lease expired) to the queue, dead-letters those out of attempts
/// and runs their hooks, and deletes succeeded jobs older than <see cref="JobOptions.SucceededRetention"/>.
/// </summary>
internal sealed class JobReaperService(
    JobQueueAdmin admin, DeadLetterHooks deadLetters, TimeProvider time, IOptions<JobOptions> options, ILogger<JobReaperService> logger)
    : BackgroundService
{
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
                foreach (var dead in await admin.ReapExpiredAsync(stoppingToken))
                {
                    JobsLog.JobDead(logger, null, dead.Id, dead.Kind, dead.Attempt);
                    await deadLetters.NotifyAsync(dead, "lease expired on the last attempt", stoppingToken);
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
