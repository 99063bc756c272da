using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot.Tests;

/// <summary>One request as the bot endpoint saw it: raw body bytes as text, and headers.</summary>
public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public string Event => Json["event"]!.GetValue<string>();
}
