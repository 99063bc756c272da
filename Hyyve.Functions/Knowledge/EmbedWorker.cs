using Hyyve.Domain.Jobs;
using Hyyve.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Hyyve.Functions.Knowledge;

/// <summary>
/// Embeds a project's new chunks from the <c>knowledge-embed</c> queue. A failure is rethrown for the runtime's retries
/// (host.json); exhausted or permanently failed messages reach <see cref="EmbedPoisonWorker"/>.
/// </summary>
public sealed class EmbedWorker(JobDispatcher dispatcher, IOptions<JobOptions> options)
{
    [Function(nameof(EmbedWorker))]
    [QueueOutput(JobKinds.EmbedChunks + "-poison")]
    public async Task<string?> RunAsync([QueueTrigger(JobKinds.EmbedChunks)] string message, FunctionContext context, CancellationToken cancellationToken)
    {
        var outcome = await dispatcher.RunAsync(JobKinds.EmbedChunks, message, QueueAttempt.From(context), options.Value.MaxAttempts,
            cancellationToken);
        return outcome == JobRunOutcome.DeadLetterNow ? message : null;
    }
}
