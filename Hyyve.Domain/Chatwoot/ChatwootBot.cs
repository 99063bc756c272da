using System.Text.Json;

namespace Hyyve.Domain.Chatwoot;

/// <summary>An account-scoped agent bot as the Application API returns it; <see cref="Secret"/> is shown to administrators only.</summary>
public sealed record ChatwootBot(long Id, string? AccessToken, string? Secret)
{
    public static ChatwootBot From(JsonElement json) => new(
        json.GetProperty("id").GetInt64(),
        json.TryGetProperty("access_token", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null,
        json.TryGetProperty("secret", out var secret) && secret.ValueKind == JsonValueKind.String ? secret.GetString() : null);
}
