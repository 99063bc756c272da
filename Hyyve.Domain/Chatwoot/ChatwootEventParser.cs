using System.Globalization;
using System.Text.Json;

namespace Hyyve.Domain.Chatwoot;

/// <summary>Reads a webhook body into a <see cref="ChatwootEvent"/>. Throws <see cref="JsonException"/> on malformed JSON.</summary>
public static class ChatwootEventParser
{
    public static ChatwootEvent Parse(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A Chatwoot webhook body is a JSON object.");
        }

        var name = String(root, "event") ?? throw new JsonException("The webhook has no \"event\".");
        return name is ChatwootEvents.MessageCreated or ChatwootEvents.MessageUpdated ? Message(name, root) : Conversation(name, root);
    }

    private static ChatwootEvent Message(string name, JsonElement root)
    {
        var conversation = Object(root, "conversation");
        var sender = Object(root, "sender");
        var meta = conversation is { } c ? Object(c, "meta") : null;
        var contact = meta is { } m ? Object(m, "sender") : null;
        return new ChatwootEvent(
            name,
            Long(Object(root, "inbox"), "id") ?? (conversation is { } ci ? Long(ci, "inbox_id") : null),
            conversation is { } cv ? Long(cv, "id") : null,
            conversation is { } cs ? String(cs, "status") : null,
            Long(root, "id"),
            String(root, "message_type"),
            root.TryGetProperty("private", out var p) && p.ValueKind == JsonValueKind.True,
            String(root, "content"),
            sender is { } s ? String(s, "type") ?? "contact" : null,
            contact is { } ct ? String(ct, "name") : null,
            AnswerId(root),
            Time(root, "created_at"),
            conversation is { } cu ? Time(cu, "updated_at") : null);
    }

    private static ChatwootEvent Conversation(string name, JsonElement root)
    {
        var meta = Object(root, "meta");
        var contact = meta is { } m ? Object(m, "sender") : null;
        return new ChatwootEvent(name, Long(root, "inbox_id"), Long(root, "id"), String(root, "status"),
            null, null, false, null, null, contact is { } ct ? String(ct, "name") : null, null, null, Time(root, "updated_at"));
    }

    private static Guid? AnswerId(JsonElement root)
    {
        var attributes = Object(root, "content_attributes");
        var hyyve = attributes is { } a ? Object(a, ReplyAttributes.Key) : null;
        return hyyve is { } h && Guid.TryParse(String(h, "answer_id"), out var id) ? id : null;
    }

    private static JsonElement? Object(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value : null;

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Long(JsonElement? parent, string name)
    {
        if (parent is not { ValueKind: JsonValueKind.Object } p || !p.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var s) => s,
            _ => null,
        };
    }

    /// <summary>Top-level <c>created_at</c> is an ISO string on message events; epoch seconds elsewhere.</summary>
    private static DateTimeOffset? Time(JsonElement? element, string name)
    {
        if (element is not { ValueKind: JsonValueKind.Object } parent || !parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String when DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) => t,
            JsonValueKind.Number when value.TryGetDouble(out var epoch) => DateTimeOffset.FromUnixTimeMilliseconds((long)(epoch * 1000)),
            _ => null,
        };
    }
}
