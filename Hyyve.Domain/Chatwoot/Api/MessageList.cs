namespace Hyyve.Domain.Chatwoot.Api;

/// <summary><c>GET …/messages</c>: <c>{"meta": …, "payload": [message…]}</c>.</summary>
public sealed record MessageList(IReadOnlyList<ChatwootMessage> Payload);
