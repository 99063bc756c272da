namespace Hyyve.Domain.Conversations;

/// <summary>
/// How a webhook ended, and the status both hosts answer with. Chatwoot retries only 429 and 500 and opens the
/// conversation on any other failure, so 500 is kept for the case where a retry truly helps (database down).
/// </summary>
public enum IntakeOutcome
{
    /// <summary>Stored, and an answer job was queued.</summary>
    Queued,

    /// <summary>Stored in the transcript or conversation state; nothing to answer.</summary>
    Recorded,

    /// <summary>This delivery was seen before; nothing done.</summary>
    Duplicate,

    /// <summary>No project for that inbox: acknowledged so Chatwoot does not retry, and logged.</summary>
    UnknownInbox,

    UnknownTenant,
    Unauthorized,

    /// <summary>The database could not record the delivery; 500 asks Chatwoot to deliver it again.</summary>
    RetryLater,
    Malformed,
    TooLarge,
}

public static class IntakeOutcomeStatus
{
    public static int ToHttpStatus(this IntakeOutcome outcome) => outcome switch
    {
        IntakeOutcome.Queued or IntakeOutcome.Recorded or IntakeOutcome.Duplicate or IntakeOutcome.UnknownInbox => 200,
        IntakeOutcome.UnknownTenant => 404,
        IntakeOutcome.Unauthorized => 401,
        IntakeOutcome.Malformed => 400,
        IntakeOutcome.TooLarge => 413,
        _ => 500,
    };
}
