namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of an account_users upsert: <c>agent</c> or <c>administrator</c>.</summary>
public sealed record AccountUserRole(long UserId, string Role);
