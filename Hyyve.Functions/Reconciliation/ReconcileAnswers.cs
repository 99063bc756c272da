using Hyyve.Domain.Jobs;
using Hyyve.Domain.Reconciliation;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Hyyve.Functions.Reconciliation;

/// <summary>
/// The answer reconciler on a timer: re-submits, once, the answer job of an accepted message whose queue write was lost.
/// The jobs leave through the queue output after the pass committed. If that write fails too, the message stays marked
/// <c>resubmitted</c> without an answer: two storage failures for one message, which the log's warning 9000 names.
/// </summary>
public sealed class ReconcileAnswers(AnswerReconciler reconciler, CollectingJobSink jobs, IOptions<ReconcilerOptions> options)
{
    [Function(nameof(ReconcileAnswers))]
    [QueueOutput(JobKinds.AnswerMessage)]
    public async Task<string[]?> RunAsync([TimerTrigger(ReconcilerOptions.DefaultSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return null;
        }

        await reconciler.RunOnceAsync(cancellationToken);
        var resubmitted = jobs.PayloadsFor(JobKinds.AnswerMessage);
        return resubmitted.Length == 0 ? null : resubmitted;
    }
}
