namespace Hyyve.Domain.Answering;

public static class HandoffReasonNames
{
    /// <summary>The stored and reported name: <c>customer_request</c>, <c>low_confidence</c>, <c>missing_knowledge</c>, <c>bot_failure</c>, <c>already_with_human</c>.</summary>
    public static string ToSnakeCase(this HandoffReason reason) => reason switch
    {
        HandoffReason.CustomerRequest => "customer_request",
        HandoffReason.LowConfidence => "low_confidence",
        HandoffReason.MissingKnowledge => "missing_knowledge",
        HandoffReason.BotFailure => "bot_failure",
        HandoffReason.AlreadyWithHuman => "already_with_human",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
