using Hyyve.Domain.Jobs;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Knowledge;

/// <summary>Runs the embedding job's dead-letter hook when every attempt failed; full-text search keeps working without vectors.</summary>
public sealed class EmbedPoisonWorker(JobDispatcher dispatcher)
{
    [Function(nameof(EmbedPoisonWorker))]
    public Task RunAsync([QueueTrigger(JobKinds.EmbedChunks + "-poison")] string message, CancellationToken cancellationToken) =>
        dispatcher.DeadLetterAsync(JobKinds.EmbedChunks, message, "every embedding attempt failed; see the log", cancellationToken);
}
