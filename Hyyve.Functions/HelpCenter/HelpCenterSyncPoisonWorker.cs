using Hyyve.Domain.Jobs;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.HelpCenter;

/// <summary>Marks the run of a sync message whose attempts ran out as failed, with the reason, so the run list and health show it.</summary>
public sealed class HelpCenterSyncPoisonWorker(JobDispatcher dispatcher)
{
    [Function(nameof(HelpCenterSyncPoisonWorker))]
    public Task RunAsync([QueueTrigger(JobKinds.HelpCenterSyncPoison)] string message, CancellationToken cancellationToken) =>
        dispatcher.DeadLetterAsync(JobKinds.HelpCenterSync, message,
            $"moved to {JobKinds.HelpCenterSyncPoison}: every attempt failed (see {nameof(HelpCenterSyncWorker)}'s log)", cancellationToken);
}
