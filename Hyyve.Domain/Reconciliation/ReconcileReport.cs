using Hyyve.Domain.Jobs;

namespace Hyyve.Domain.Reconciliation;

/// <summary>One reconciler pass: how many accepted messages it judged, by verdict, and the answer jobs it re-submitted.</summary>
public sealed record ReconcileReport(bool Ran, IReadOnlyDictionary<string, int> Verdicts, IReadOnlyList<AnswerMessageJob> Resubmitted)
{
    /// <summary>Another process held the reconciler lock, so this pass did nothing.</summary>
    public static readonly ReconcileReport Skipped = new(false, new Dictionary<string, int>(), []);

    public int Judged => Verdicts.Values.Sum();
}
