using System.Text.Json;

namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>A Platform API account, only the fields Hyyve reads.</summary>
public sealed record PlatformAccount(long Id, string Name, string? Locale, string? Status)
{
    public IReadOnlyDictionary<string, JsonElement>? CustomAttributes { get; init; }

    /// <summary>A string custom attribute, or null.</summary>
    public string? Attribute(string name) =>
        CustomAttributes is not null && CustomAttributes.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
