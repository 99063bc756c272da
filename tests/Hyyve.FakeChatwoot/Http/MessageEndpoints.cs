using System.Text.Json;
using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary><c>…/conversations/{id}/messages</c>: create (bots too, §5.3) and list (users only, §5.4).</summary>
internal static class MessageEndpoints
{
    private static readonly string[] MessageTypes = ["incoming", "outgoing", "activity", "template"];

    private static readonly string[] ContentTypes =
    [
        "text", "input_text", "input_textarea", "input_email", "input_select", "cards", "form", "article",
        "incoming_email", "input_csat", "integrations", "sticker", "voice_call",
    ];

    public static void Map(RouteGroupBuilder account)
    {
        account.MapPost("/conversations/{conversation_id}/messages", CreateAsync).AllowBots();
        account.MapGet("/conversations/{conversation_id}/messages", ListAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, int account_id, int conversation_id, FakeStore store, ChatEngine engine)
    {
        var p = await RequestParams.ReadAsync(http);
        var caller = Caller.Of(http);
        lock (store.Gate)
        {
            if (store.FindConversation(account_id, conversation_id) is not { } c)
            {
                return Api.NotFound();
            }

            var type = p.Str("message_type") ?? "outgoing";
            var contentType = p.Str("content_type") ?? "text";
            if (!MessageTypes.Contains(type))
            {
                return Api.Unprocessable($"'{type}' is not a valid message_type");
            }

            if (type == "incoming" && !store.Inboxes[c.InboxId].IsApiChannel)
            {
                return Api.Unprocessable("Incoming messages are only allowed in Api inboxes");
            }

            if (!ContentTypes.Contains(contentType))
            {
                return Api.Unprocessable($"'{contentType}' is not a valid content_type");
            }

            JsonNode? contentAttributes;
            try
            {
                contentAttributes = ContentAttributes(p);
            }
            catch (JsonException ex)
            {
                return Api.Unprocessable(ex.Message);
            }

            if (engine.IsFlooded(c))
            {
                return Api.Unprocessable("Validation failed: Too many messages");
            }

            var (senderType, senderId) = Sender(store, c, caller, p, type);
            var message = engine.AddMessage(c, new MessageDraft(type, p.Str("content"), senderType, senderId, contentType,
                p.Bool("private"), contentAttributes, AdditionalAttributes(p), p.Str("echo_id"), p.Str("source_id")));
            return Api.Json(MessageJson.Api(store, message));
        }
    }

    private static async Task<IResult> ListAsync(HttpContext http, int account_id, int conversation_id, FakeStore store)
    {
        var p = await RequestParams.ReadAsync(http);
        lock (store.Gate)
        {
            if (store.FindConversation(account_id, conversation_id) is not { } c)
            {
                return Api.NotFound();
            }

            IEnumerable<FakeMessage> all = store.MessagesOf(c).OrderBy(m => m.Id);
            if (p.Bool("filter_internal_messages"))
            {
                all = all.Where(m => !m.Private && !m.IsActivity);
            }

            var (before, after) = (p.Int("before"), p.Int("after"));
            var page = (before, after) switch
            {
                (int b, int a) => all.Where(m => m.Id > a && m.Id < b).Take(1000),
                (int b, null) => all.Where(m => m.Id < b).TakeLast(20),
                (null, int a) => all.Where(m => m.Id > a).Take(100),
                _ => all.TakeLast(20),
            };
            var meta = new JsonObject
            {
                ["labels"] = ConversationJson.Labels(c),
                ["additional_attributes"] = c.AdditionalAttributes.DeepClone(),
                ["contact"] = ActorJson.ContactPush(store.Contacts[c.ContactId]),
            };
            if (c.AssigneeId is int userId)
            {
                meta["assignee"] = ActorJson.UserPush(store.Users[userId]);
            }

            meta["agent_last_seen_at"] = null;
            meta["assignee_last_seen_at"] = null;
            var payload = new JsonArray([.. page.Select(m => (JsonNode)MessageJson.Api(store, m))]);
            return Api.Json(new JsonObject { ["meta"] = meta, ["payload"] = payload });
        }
    }

    /// <summary>MessageBuilder: a JSON string is parsed, anything else is stored as given.</summary>
    private static JsonNode? ContentAttributes(JsonObject p)
    {
        var given = p["content_attributes"];
        var attributes = given is JsonValue v && v.TryGetValue<string>(out var text) ? JsonNode.Parse(text) : given?.DeepClone();
        if (p.Str("external_created_at") is { } external && attributes is JsonObject o)
        {
            o["external_created_at"] = external;
        }

        return attributes ?? new JsonObject();
    }

    /// <summary>Request <c>additional_attributes</c> is ignored; only campaign_id and template_params are kept.</summary>
    private static JsonObject AdditionalAttributes(JsonObject p)
    {
        var result = new JsonObject();
        if (p["campaign_id"] is { } campaign)
        {
            result["campaign_id"] = campaign.DeepClone();
        }

        if (p["template_params"] is { } template)
        {
            result["template_params"] = template.DeepClone();
        }

        return result;
    }

    /// <summary>MessageBuilder#sender: the caller for outgoing, the contact for every other type.</summary>
    private static (string Type, int Id) Sender(FakeStore store, FakeConversation c, Caller caller, JsonObject p, string type)
    {
        if (type != "outgoing")
        {
            return ("Contact", c.ContactId);
        }

        if (caller.User is not null && p.Str("sender_type") == "AgentBot" && p.Int("sender_id") is int botId
            && store.AccessibleBot(c.AccountId, botId) is { } bot)
        {
            return ("AgentBot", bot.Id);
        }

        return caller.User is { } user ? ("User", user.Id) : ("AgentBot", caller.Bot!.Id);
    }
}
