namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>An inbox as created or listed: <see cref="ChannelType"/> is <c>Channel::WebWidget</c> or <c>Channel::Api</c>;
/// a web widget has the <see cref="WebsiteToken"/> its embed script needs.</summary>
public sealed record InboxDetails(long Id, string Name, string? ChannelType, string? WebsiteToken);

/// <summary><c>GET …/inboxes</c> with the fields provisioning reads.</summary>
public sealed record InboxDetailsList(IReadOnlyList<InboxDetails> Payload);
