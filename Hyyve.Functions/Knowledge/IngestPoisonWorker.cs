using Hyyve.Domain.Jobs;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Knowledge;

/// <summary>Marks an upload batch failed when its job ran out of attempts, so its progress stops saying "running".</summary>
public sealed class IngestPoisonWorker(JobDispatcher dispatcher)
{
    [Function(nameof(IngestPoisonWorker))]
    public Task RunAsync([QueueTrigger(JobKinds.IngestDocuments + "-poison")] string message, CancellationToken cancellationToken) =>
        dispatcher.DeadLetterAsync(JobKinds.IngestDocuments, message, "every indexing attempt failed; see the log", cancellationToken);
}
