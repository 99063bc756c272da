using System.Text.Json.Serialization;

namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of an inbox create: <c>{"name", "channel": {"type": "web_widget"|"api", "website_url"}}</c>.</summary>
public sealed record NewInbox(string Name, NewInboxChannel Channel);

public sealed record NewInboxChannel(string Type)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? WebsiteUrl { get; init; }
}
