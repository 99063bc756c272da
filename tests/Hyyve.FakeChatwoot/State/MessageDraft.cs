using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot.State;

/// <summary>What Messages::MessageBuilder would persist.</summary>
internal sealed record MessageDraft(
    string MessageType,
    string? Content,
    string? SenderType = null,
    int? SenderId = null,
    string ContentType = "text",
    bool Private = false,
    JsonNode? ContentAttributes = null,
    JsonObject? AdditionalAttributes = null,
    string? EchoId = null,
    string? SourceId = null);
