namespace Hyyve.Domain.Chatwoot.Api;

/// <summary><c>GET …/inboxes</c>: <c>{"payload": [inbox…]}</c>, only the fields Hyyve reads.</summary>
public sealed record InboxList(IReadOnlyList<InboxList.Inbox> Payload)
{
    public sealed record Inbox(long Id, string? Name);
}
