using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Errors;

namespace Hyyve.Domain.Conversations;

/// <summary>
/// The webhook's refusals as problem details, worded once for both hosts (README "The bot loop" lists them):
/// 400 not a Chatwoot event, 401 not signed by the tenant's bot, 404 no such tenant, 413 too large, 500 not recorded
/// (Chatwoot retries it). Accepted deliveries (<see cref="IntakeOutcome.Queued"/> and the other 200s) have none.
/// </summary>
public static class IntakeProblems
{
    public static ApiProblem? For(IntakeOutcome outcome, Guid tenantId, ChatwootOptions options) => outcome switch
    {
        IntakeOutcome.Malformed => new(400, "Not a Chatwoot event",
            "The body is not a Chatwoot webhook event: a JSON object with \"event\" and, for messages, \"conversation\" and \"inbox\"."),
        IntakeOutcome.Unauthorized => new(401, "Bad signature",
            "The delivery is not signed by this tenant's bot: X-Chatwoot-Signature must be sha256=<hex HMAC-SHA256 of "
            + "X-Chatwoot-Timestamp + \".\" + body, keyed with the bot's secret> and the timestamp within "
            + $"{options.SignatureTolerance.TotalMinutes:0.#} minutes (Chatwoot__SignatureTolerance). A tenant connected with "
            + "unsigned: true authenticates with the token in its webhook URL instead.", "X-Chatwoot-Signature"),
        IntakeOutcome.UnknownTenant => new(404, "Unknown tenant",
            $"No tenant {tenantId} is connected to Hyyve. Connect the account (POST /api/tenants/connect) and set the bot's "
            + "webhook to the webhookUrl it returns."),
        IntakeOutcome.TooLarge => new(413, "Delivery too large",
            $"The body is larger than Chatwoot__MaxWebhookBytes ({options.MaxWebhookBytes} bytes)."),
        IntakeOutcome.RetryLater => new(500, "Delivery not recorded",
            "Hyyve could not record this delivery (its database is unavailable); Chatwoot delivers it again."),
        _ when outcome.ToHttpStatus() >= 400 => new(outcome.ToHttpStatus(), $"Delivery refused ({outcome})", $"Intake answered {outcome}."),
        _ => null,
    };
}
