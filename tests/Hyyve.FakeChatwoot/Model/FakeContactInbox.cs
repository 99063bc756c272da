namespace Hyyve.FakeChatwoot;

/// <summary>The contact_inboxes row: a contact's identity (source_id) in one inbox.</summary>
public sealed class FakeContactInbox
{
    public required int Id { get; init; }
    public required int ContactId { get; init; }
    public required int InboxId { get; init; }
    public required string SourceId { get; init; }
    public required string PubsubToken { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
