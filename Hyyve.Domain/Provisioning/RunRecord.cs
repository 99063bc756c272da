namespace Hyyve.Domain.Provisioning;

/// <summary>A run as stored, with its request and steps; the platform token is decrypted (or null: use the setting).</summary>
internal sealed record RunRecord(
    Guid Id,
    Guid TenantId,
    string Status,
    int Generation,
    ProvisionTenantRequest Request,
    Uri ChatwootBaseUrl,
    string? PlatformToken,
    Uri PublicBaseUrl,
    string? Error,
    bool TenantApiKeyPending,
    bool TenantApiKeyShown,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<StepRecord> Steps)
{
    public string WebhookUrl => new Uri(PublicBaseUrl, $"/api/chatwoot/bot/{TenantId}").ToString();

    public StepOutput? OutputOf(string stepName) => Steps.FirstOrDefault(s => s.Name == stepName)?.Output;

    public long AccountId => OutputOf("account")?.ChatwootId ?? throw new InvalidOperationException($"Run {Id} has no account yet.");

    /// <summary>The portal slug in Chatwoot: the requested one behind the account id, since slugs are unique per installation.</summary>
    public string? PortalSlug(long accountId) => Request.Portal is { } portal ? $"{accountId}-{portal.Slug}" : null;
}

/// <summary>One stored step.</summary>
internal sealed record StepRecord(int Position, string Name, string State, int Attempts, StepOutput? Output, string? Error,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt);
