namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>A Help Center portal (create response, list item); routes address it by <see cref="Slug"/>.</summary>
public sealed record ChatwootPortal(long Id, string Name, string Slug);

/// <summary><c>GET …/portals</c>: <c>{"payload": [portal…]}</c>.</summary>
public sealed record PortalList(IReadOnlyList<ChatwootPortal> Payload);
