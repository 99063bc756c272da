using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot;

/// <summary>
/// A conversation. Mutated only by the fake under its lock; collections are replaced whole,
/// so tests can read properties at any time.
/// </summary>
public sealed class FakeConversation
{
    public required int Id { get; init; }
    public required int DisplayId { get; init; }
    public required int AccountId { get; init; }
    public required int InboxId { get; init; }
    public required int ContactId { get; init; }
    public required int ContactInboxId { get; init; }
    public required string Uuid { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary><c>open</c>, <c>resolved</c>, <c>pending</c> or <c>snoozed</c>.</summary>
    public string Status { get; internal set; } = "open";
    public string? Priority { get; internal set; }
    public int? AssigneeId { get; internal set; }
    public int? AssigneeAgentBotId { get; internal set; }
    public IReadOnlyList<string> Labels { get; internal set; } = [];
    public DateTimeOffset? SnoozedUntil { get; internal set; }
    public DateTimeOffset? WaitingSince { get; internal set; }
    public DateTimeOffset? FirstReplyCreatedAt { get; internal set; }
    public DateTimeOffset UpdatedAt { get; internal set; }
    public DateTimeOffset LastActivityAt { get; internal set; }
    public DateTimeOffset? ContactLastSeenAt { get; internal set; }

    /// <summary>How many times the bot handed this conversation off (bot token, pending → open).</summary>
    public int BotHandoffCount { get; internal set; }

    internal JsonObject AdditionalAttributes { get; set; } = [];
    internal JsonObject CustomAttributes { get; set; } = [];
}
