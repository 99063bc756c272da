using System.Text.Json.Nodes;

namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of a message create (CONTRACT §5.3). Always <c>outgoing</c>: any other type makes the contact the sender.</summary>
public sealed record NewMessage(string Content, bool Private, JsonObject ContentAttributes)
{
    public string MessageType { get; init; } = "outgoing";

    public string ContentType { get; init; } = "text";
}
