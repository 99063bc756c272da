namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>A Platform API user; <see cref="AccessToken"/> is the user's Application API token.</summary>
public sealed record PlatformUser(long Id, string Name, string Email, string? AccessToken);
