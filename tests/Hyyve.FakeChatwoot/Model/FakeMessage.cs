using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot;

/// <summary>A message. <see cref="MessageType"/> is the string enum value.</summary>
public sealed class FakeMessage
{
    public required int Id { get; init; }
    public required int AccountId { get; init; }
    public required int InboxId { get; init; }
    public required int ConversationId { get; init; }
    public required int ConversationDisplayId { get; init; }

    /// <summary><c>incoming</c>, <c>outgoing</c>, <c>activity</c> or <c>template</c>.</summary>
    public required string MessageType { get; init; }
    public required string ContentType { get; init; }
    public string? Content { get; init; }
    public bool Private { get; init; }
    public string Status { get; internal set; } = "sent";
    public string? SourceId { get; init; }
    public string? EchoId { get; init; }

    /// <summary>The stored content_attributes (an object, or whatever JSON the caller gave).</summary>
    public JsonNode? ContentAttributes { get; internal set; }
    internal JsonObject AdditionalAttributes { get; init; } = [];

    /// <summary><c>Contact</c>, <c>User</c>, <c>AgentBot</c> or null.</summary>
    public string? SenderType { get; init; }
    public int? SenderId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The conversation's status when the message was created: a bot message created while it was not
    /// <c>pending</c> went into a conversation Chatwoot had given to humans.</summary>
    public string ConversationStatusAtCreation { get; init; } = "pending";
    public DateTimeOffset UpdatedAt { get; internal set; }

    public bool IsActivity => MessageType == "activity";
    public bool IsFromBot => SenderType == "AgentBot";

    public bool IsBotMessageInHumanConversation => IsFromBot && ConversationStatusAtCreation != "pending";

    internal int MessageTypeCode => MessageType switch
    {
        "incoming" => 0,
        "outgoing" => 1,
        "activity" => 2,
        _ => 3,
    };
}
