namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>A Platform API user; <see cref="AccessToken"/> is the user's Application API token.</summary>
public sealed record PlatformUser(long Id, string Name, string Email, string? AccessToken)
{
    /// <summary>The accounts the user belongs to (a user adopted by email may already belong to others).</summary>
    public IReadOnlyList<PlatformUserAccount>? Accounts { get; init; }
}

/// <summary>One membership in <see cref="PlatformUser.Accounts"/>.</summary>
public sealed record PlatformUserAccount(long Id, string? Role);
