using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot;

/// <summary>
/// One webhook delivery attempt to an agent bot. <c>StatusCode</c> is null when the attempt got no HTTP answer
/// (then <c>Error</c> says why, e.g. <c>timeout</c>); <c>IsReplay</c> marks a resend by
/// <see cref="FakeChatwootServer.SendRawWebhookAsync"/>.
/// </summary>
public sealed record RecordedDelivery(
    DateTimeOffset At,
    int BotId,
    string Url,
    string Event,
    string DeliveryId,
    int Attempt,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    int? StatusCode,
    string? Error,
    TimeSpan Duration,
    int? ConversationDisplayId,
    int? MessageId,
    bool IsReplay = false)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>The body parsed; a new tree on each call.</summary>
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}
