using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>Conversation show and the toggle_* actions (§4.3, §5.2, §5.5).</summary>
internal static class ConversationEndpoints
{
    private static readonly string[] Statuses = ["open", "resolved", "pending", "snoozed"];
    private static readonly string[] Priorities = ["low", "medium", "high", "urgent"];

    public static void Map(RouteGroupBuilder account)
    {
        account.MapGet("/conversations/{conversation_id}", Show).AllowBots();
        account.MapPost("/conversations/{conversation_id}/toggle_status", ToggleStatusAsync).AllowBots();
        account.MapPost("/conversations/{conversation_id}/toggle_priority", TogglePriorityAsync).AllowBots();
        account.MapPost("/conversations/{conversation_id}/toggle_typing_status", ToggleTyping).AllowBots();
        account.MapPost("/conversations/{conversation_id}/custom_attributes", CustomAttributesAsync).AllowBots();
    }

    private static IResult Show(int account_id, int conversation_id, FakeStore store)
    {
        lock (store.Gate)
        {
            return store.FindConversation(account_id, conversation_id) is { } c
                ? Api.Json(ConversationJson.Show(store, c))
                : Api.NotFound();
        }
    }

    private static async Task<IResult> ToggleStatusAsync(HttpContext http, int account_id, int conversation_id, FakeStore store, ChatEngine engine)
    {
        var p = await RequestParams.ReadAsync(http);
        var caller = Caller.Of(http);
        lock (store.Gate)
        {
            if (store.FindConversation(account_id, conversation_id) is not { } c)
            {
                return Api.NotFound();
            }

            var status = p.Str("status");
            bool? success = true;
            if (caller.Bot is { } bot && c.Status == "pending" && status == "open")
            {
                // pending_to_open_by_bot?: bot_handoff! runs and @status is never set, so success renders null.
                engine.BotHandoff(c, bot);
                success = null;
            }
            else if (!string.IsNullOrEmpty(status))
            {
                if (!Statuses.Contains(status))
                {
                    return Api.Unprocessable($"'{status}' is not a valid status");
                }

                var snoozedUntil = p.Int("snoozed_until") is int unix ? DateTimeOffset.FromUnixTimeSeconds(unix) : (DateTimeOffset?)null;
                engine.ChangeStatus(c, status, caller.Actor, snoozedUntil);
            }
            else
            {
                engine.ChangeStatus(c, c.Status == "open" ? "resolved" : "open", caller.Actor);
            }

            if (caller.User is { } user && user.RoleIn(account_id) == "agent" && c.Status == "open" && c.AssigneeId is null)
            {
                engine.AssignUser(c, user, caller.Actor);
            }

            return Api.Json(new JsonObject
            {
                ["meta"] = new JsonObject(),
                ["payload"] = new JsonObject
                {
                    ["success"] = success,
                    ["conversation_id"] = c.DisplayId,
                    ["current_status"] = c.Status,
                    ["snoozed_until"] = RailsJson.Iso(c.SnoozedUntil),
                },
            });
        }
    }

    private static async Task<IResult> TogglePriorityAsync(HttpContext http, int account_id, int conversation_id, FakeStore store, ChatEngine engine)
    {
        var p = await RequestParams.ReadAsync(http);
        lock (store.Gate)
        {
            if (store.FindConversation(account_id, conversation_id) is not { } c)
            {
                return Api.NotFound();
            }

            var priority = p.Str("priority");
            if (!string.IsNullOrEmpty(priority) && !Priorities.Contains(priority))
            {
                // An unknown enum value raises an unrescued ArgumentError upstream.
                return Api.Json(new JsonObject { ["status"] = 500, ["error"] = "Internal Server Error" }, 500);
            }

            engine.Change(c, x => x.Priority = string.IsNullOrEmpty(priority) ? null : priority);
            return Api.Empty();
        }
    }

    private static IResult ToggleTyping(int account_id, int conversation_id, FakeStore store)
    {
        lock (store.Gate)
        {
            return store.FindConversation(account_id, conversation_id) is null ? Api.NotFound() : Api.Empty();
        }
    }

    private static async Task<IResult> CustomAttributesAsync(HttpContext http, int account_id, int conversation_id, FakeStore store, ChatEngine engine)
    {
        var p = await RequestParams.ReadAsync(http);
        lock (store.Gate)
        {
            if (store.FindConversation(account_id, conversation_id) is not { } c)
            {
                return Api.NotFound();
            }

            var attributes = p["custom_attributes"] as JsonObject ?? [];
            engine.Change(c, x => x.CustomAttributes = (JsonObject)attributes.DeepClone());
            return Api.Json(new JsonObject { ["custom_attributes"] = c.CustomAttributes.DeepClone() });
        }
    }
}
