using Hyyve.Domain.Jobs;
using Hyyve.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Hyyve.Functions.Chatwoot;

/// <summary>
/// Runs answer jobs from the <c>chatwoot-events</c> queue. A failure is rethrown: the runtime retries the message
/// (host.json <c>maxDequeueCount</c> attempts, <c>visibilityTimeout</c> apart), then moves it to the poison queue.
/// A permanent failure is written to the poison queue at once through the return binding, skipping useless retries.
/// </summary>
public sealed class AnswerWorker(JobDispatcher dispatcher, IOptions<JobOptions> options)
{
    [Function(nameof(AnswerWorker))]
    [QueueOutput(JobKinds.AnswerMessagePoison)]
    public async Task<string?> RunAsync([QueueTrigger(JobKinds.AnswerMessage)] string message, FunctionContext context,
        CancellationToken cancellationToken)
    {
        // Jobs__MaxAttempts must equal host.json's maxDequeueCount; the runtime, not this number, decides the last attempt.
        var outcome = await dispatcher.RunAsync(JobKinds.AnswerMessage, message, QueueAttempt.From(context), options.Value.MaxAttempts,
            cancellationToken);
        return outcome == JobRunOutcome.DeadLetterNow ? message : null;
    }
}
