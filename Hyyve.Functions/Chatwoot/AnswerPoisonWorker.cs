using Hyyve.Domain.Jobs;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Chatwoot;

/// <summary>
/// Fails open on the answer jobs that ran out of attempts (or failed permanently): the customer is handed to a human
/// with reason <c>bot_failure</c>. If even that fails, the exception is rethrown and, after its own attempts, the runtime
/// moves the message to <c>chatwoot-events-poison-poison</c>: the list an operator has to look at.
/// </summary>
public sealed class AnswerPoisonWorker(JobDispatcher dispatcher)
{
    [Function(nameof(AnswerPoisonWorker))]
    public Task RunAsync([QueueTrigger(JobKinds.AnswerMessagePoison)] string message, CancellationToken cancellationToken) =>
        dispatcher.DeadLetterAsync(JobKinds.AnswerMessage, message,
            $"moved to {JobKinds.AnswerMessagePoison}: every attempt failed, or one failed permanently (see {nameof(AnswerWorker)}'s log)",
            cancellationToken);
}
