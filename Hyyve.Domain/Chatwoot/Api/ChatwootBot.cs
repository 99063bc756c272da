namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>An agent bot as Chatwoot returns it; <see cref="Secret"/> is shown to administrators of an account-scoped bot only.</summary>
public sealed record ChatwootBot(long Id, string? AccessToken, string? Secret);
