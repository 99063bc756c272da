namespace Hyyve.Domain.Tenancy;

/// <summary>
/// Register an existing Chatwoot account. <see cref="UserToken"/> is an administrator's access token of that
/// account (it creates the bot, attaches inboxes, and reads history). Give <see cref="ExistingBot"/> to reuse a bot;
/// set <see cref="Unsigned"/> for Chatwoot older than 4.13, which does not sign webhooks.
/// </summary>
public sealed record ConnectTenantRequest(
    string? Name,
    string ChatwootBaseUrl,
    long AccountId,
    string UserToken,
    IReadOnlyList<ProjectConnection> Projects,
    ExistingBot? ExistingBot = null,
    bool Unsigned = false);

/// <summary>A bot already created in Chatwoot: its id, access token and (for signed webhooks) secret.</summary>
public sealed record ExistingBot(long Id, string AccessToken, string? Secret);

/// <summary>What connecting produced. <see cref="TenantApiKey"/> is shown only when the tenant is new.</summary>
public sealed record ConnectTenantResult(Guid TenantId, string WebhookUrl, long BotId, IReadOnlyList<ConnectedProject> Projects,
    string? TenantApiKey, bool Created);

public sealed record ConnectedProject(Guid Id, string Name, long InboxId);
