namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>A conversation as <c>GET …/conversations/{id}</c> returns it (CONTRACT §5.2); only the fields Hyyve reads.</summary>
public sealed record ChatwootConversation(long Id, string Status);
