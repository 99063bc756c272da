namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of an account_users delete.</summary>
public sealed record AccountUserRemoval(long UserId);
