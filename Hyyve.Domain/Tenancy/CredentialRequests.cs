namespace Hyyve.Domain.Tenancy;

/// <summary>The agent bot's new signing secret, as Chatwoot shows it after an administrator reset it.</summary>
public sealed record RotateBotSecretRequest(string? Secret);

/// <summary>The new secret is in use; deliveries signed with the previous one are accepted until <see cref="PreviousAcceptedUntil"/>.</summary>
public sealed record BotSecretRotated(Guid TenantId, DateTimeOffset? PreviousAcceptedUntil);

/// <summary>A name for a new tenant API key (who or what uses it).</summary>
public sealed record IssueApiKeyRequest(string? Name);

/// <summary>A new tenant API key. <see cref="Key"/> is shown only here; Hyyve keeps its hash.</summary>
public sealed record IssuedApiKey(Guid Id, Guid TenantId, string Name, string Prefix, string Key);

/// <summary>How many stored secrets were re-encrypted with the current <c>Tenancy__EncryptionKey</c>.</summary>
public sealed record SecretsReencrypted(int Tenants, int Secrets);
