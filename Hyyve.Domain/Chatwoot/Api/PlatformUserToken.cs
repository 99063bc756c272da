namespace Hyyve.Domain.Chatwoot.Api;

/// <summary><c>POST users/{id}/token</c>: the user's Application API token.</summary>
public sealed record PlatformUserToken(string AccessToken);
