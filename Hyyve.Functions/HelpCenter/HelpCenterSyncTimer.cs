using Hyyve.Domain.Jobs;
using Hyyve.Domain.Knowledge.HelpCenter;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.HelpCenter;

/// <summary>
/// Every minute, queues one <c>helpcenter-sync</c> message per project whose own schedule is due (fan-out through the queue,
/// not a loop of syncs in the timer). The claim is a PostgreSQL row lock, so overlapping timer instances queue each sync once.
/// </summary>
public sealed class HelpCenterSyncTimer(SyncScheduler scheduler, CollectingJobSink jobs)
{
    [Function(nameof(HelpCenterSyncTimer))]
    [QueueOutput(JobKinds.HelpCenterSync)]
    public async Task<string[]> RunAsync([TimerTrigger(SyncSchedule.TimerSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await scheduler.EnqueueDueAsync(cancellationToken);
        return jobs.PayloadsFor(JobKinds.HelpCenterSync);
    }
}
