using System.Text.Json.Serialization;

namespace Hyyve.Domain.Provisioning;

/// <summary>
/// What a step created, stored before the next step runs: a Chatwoot id (account, user, bot, inbox, portal), a Hyyve
/// project id, a widget token or portal slug. Tokens and secrets are not here: they go encrypted to the tenant row.
/// </summary>
public sealed record StepOutput
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? ChatwootId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? ProjectId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? WebsiteToken { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Slug { get; init; }

    /// <summary>For the administrator: the user existed before (Chatwoot adopted it by email), so rollback keeps it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Adopted { get; init; }
}
