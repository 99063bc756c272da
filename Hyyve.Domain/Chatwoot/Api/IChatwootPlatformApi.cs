using Refit;

namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>
/// The Chatwoot Platform API calls of tenant provisioning (CONTRACT §6), one method per call. Routes are relative to
/// <c>/platform/api/v1/</c>; the <c>platform</c> argument names the installation and the platform app's token. Creates are not idempotent (a repeated user create even returns the existing
/// user): provisioning stores each result before its next step. Retry rules: <see cref="ChatwootRetryRules"/>.
/// </summary>
public interface IChatwootPlatformApi
{
    [Post("/accounts")]
    Task<PlatformAccount> CreateAccountAsync([Property(ChatwootTargetHandler.Key)] ChatwootPlatform platform, [Body] NewPlatformAccount account,
        CancellationToken cancellationToken);

    [Get("/accounts/{accountId}")]
    Task<PlatformAccount> GetAccountAsync([Property(ChatwootTargetHandler.Key)] ChatwootPlatform platform, long accountId,
        CancellationToken cancellationToken);

    /// <summary>Creates (or, for a known email, returns and adopts) a confirmed user; the response carries its API token.</summary>
    [Post("/users")]
    Task<PlatformUser> CreateUserAsync([Property(ChatwootTargetHandler.Key)] ChatwootPlatform platform, [Body] NewPlatformUser user,
        CancellationToken cancellationToken);

    [Get("/users/{userId}")]
    Task<PlatformUser> GetUserAsync([Property(ChatwootTargetHandler.Key)] ChatwootPlatform platform, long userId,
        CancellationToken cancellationToken);

    /// <summary>Find-or-initialize then update: idempotent, and it changes the role of an existing membership.</summary>
    [Post("/accounts/{accountId}/account_users")]
    Task<PlatformAccountUser> UpsertAccountUserAsync([Property(ChatwootTargetHandler.Key)] ChatwootPlatform platform, long accountId,
        [Body] AccountUserRole membership, CancellationToken cancellationToken);

    [Get("/accounts/{accountId}/account_users")]
    Task<IReadOnlyList<PlatformAccountUser>> ListAccountUsersAsync([Property(ChatwootTargetHandler.Key)] ChatwootPlatform platform,
        long accountId, CancellationToken cancellationToken);

    /// <summary>The accounts this platform app created (permissible ones only), with their custom attributes.</summary>
    [Get("/accounts")]
    Task<IReadOnlyList<PlatformAccount>> ListAccountsAsync([Property(ChatwootTargetHandler.Key)] ChatwootPlatform platform,
        CancellationToken cancellationToken);

    /// <summary>Queues the account's deletion (DeleteObjectJob): 200 now, gone later with its inboxes, bots and portals.</summary>
    [Delete("/accounts/{accountId}")]
    Task DeleteAccountAsync([Property(ChatwootTargetHandler.Key)] ChatwootPlatform platform, long accountId, CancellationToken cancellationToken);

    /// <summary>The user's Application API token (the account administrator's, for the calls the Platform API cannot make).</summary>
    [Post("/users/{userId}/token")]
    Task<PlatformUserToken> CreateUserTokenAsync([Property(ChatwootTargetHandler.Key)] ChatwootPlatform platform, long userId,
        CancellationToken cancellationToken);

    /// <summary>Queues the user's deletion (DeleteObjectJob): 200 now, gone later.</summary>
    [Delete("/users/{userId}")]
    Task DeleteUserAsync([Property(ChatwootTargetHandler.Key)] ChatwootPlatform platform, long userId, CancellationToken cancellationToken);

    [Delete("/accounts/{accountId}/account_users")]
    Task RemoveAccountUserAsync([Property(ChatwootTargetHandler.Key)] ChatwootPlatform platform, long accountId,
        [Body] AccountUserRemoval membership, CancellationToken cancellationToken);
}
