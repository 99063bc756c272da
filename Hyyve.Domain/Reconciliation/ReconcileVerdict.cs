namespace Hyyve.Domain.Reconciliation;

/// <summary>What the reconciler decided for one accepted message; stored in <c>answer_requests.verdict</c>.</summary>
public static class ReconcileVerdict
{
    /// <summary>An answer record exists (a reply or a recorded handoff).</summary>
    public const string Answered = "answered";

    /// <summary>A handoff already covers the message.</summary>
    public const string HandedOff = "handed_off";

    /// <summary>The conversation is not the bot's now (open, resolved, or a human took it).</summary>
    public const string Human = "human";

    /// <summary>Its job is (or was) in the PostgreSQL job table: queued, running, done or dead-lettered.</summary>
    public const string JobExists = "job_exists";

    /// <summary>A later customer message of the conversation was answered already, with this one in its history.</summary>
    public const string Superseded = "superseded";

    /// <summary>Older than <see cref="ReconcilerOptions.MaxAge"/>: logged, not answered.</summary>
    public const string Expired = "expired";

    /// <summary>None of the above: its answer job was lost and is submitted again, once.</summary>
    public const string Resubmitted = "resubmitted";
}
