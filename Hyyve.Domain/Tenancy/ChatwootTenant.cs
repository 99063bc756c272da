using Hyyve.Domain.Chatwoot;

namespace Hyyve.Domain.Tenancy;

/// <summary>A tenant's Chatwoot connection, with its secrets decrypted for use.</summary>
public sealed record ChatwootTenant(
    Guid Id,
    string Name,
    Uri BaseUrl,
    long AccountId,
    string? UserToken,
    long? BotId,
    string? BotToken,
    string? BotSecret,
    bool AllowUnsigned,
    byte[]? UrlTokenHash,
    string? PreviousBotSecret = null,
    DateTimeOffset? PreviousBotSecretUntil = null)
{
    /// <summary>The secret replaced by a rotation, while its grace lasts (null after).</summary>
    public string? PreviousBotSecretAt(DateTimeOffset now) => PreviousBotSecretUntil > now ? PreviousBotSecret : null;

    public ChatwootAccount AsBot() => new(BaseUrl, AccountId, BotToken ?? throw new InvalidOperationException($"Tenant {Id} has no bot token."));

    public ChatwootAccount? AsUser() => UserToken is null ? null : new ChatwootAccount(BaseUrl, AccountId, UserToken);
}
