using System.Text.Json.Serialization;

namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of a Platform API account create. <see cref="CustomAttributes"/> carry Hyyve's natural key of the account.</summary>
public sealed record NewPlatformAccount(string Name, string Locale = "en")
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? CustomAttributes { get; init; }
}
