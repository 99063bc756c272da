using Hyyve.Domain.Jobs;
using Hyyve.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Hyyve.Functions.Knowledge;

/// <summary>
/// Indexes large uploads from the <c>knowledge-ingest</c> queue. A failure is rethrown for the runtime's retries
/// (host.json); a permanent one marks the batch failed at once. Exhausted messages reach <see cref="IngestPoisonWorker"/>.
/// </summary>
public sealed class IngestWorker(JobDispatcher dispatcher, IOptions<JobOptions> options)
{
    [Function(nameof(IngestWorker))]
    public async Task RunAsync([QueueTrigger(JobKinds.IngestDocuments)] string message, FunctionContext context, CancellationToken cancellationToken)
    {
        var outcome = await dispatcher.RunAsync(JobKinds.IngestDocuments, message, QueueAttempt.From(context), options.Value.MaxAttempts,
            cancellationToken);
        if (outcome == JobRunOutcome.DeadLetterNow)
        {
            await dispatcher.DeadLetterAsync(JobKinds.IngestDocuments, message, "the batch failed permanently; see the log", cancellationToken);
        }
    }
}
