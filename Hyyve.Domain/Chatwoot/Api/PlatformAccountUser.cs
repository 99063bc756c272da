namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>An account membership as the Platform API returns it (the raw record).</summary>
public sealed record PlatformAccountUser(long Id, long AccountId, long UserId, string Role);
