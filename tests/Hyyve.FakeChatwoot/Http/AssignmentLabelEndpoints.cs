using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>Assignments (§5.6) and labels (§5.7); bots may call both.</summary>
internal static class AssignmentLabelEndpoints
{
    public static void Map(RouteGroupBuilder account)
    {
        account.MapPost("/conversations/{conversation_id}/assignments", AssignAsync).AllowBots();
        account.MapGet("/conversations/{conversation_id}/labels", Labels).AllowBots();
        account.MapPost("/conversations/{conversation_id}/labels", SetLabelsAsync).AllowBots();
    }

    private static async Task<IResult> AssignAsync(HttpContext http, int account_id, int conversation_id, FakeStore store, ChatEngine engine)
    {
        var p = await RequestParams.ReadAsync(http);
        var actor = Caller.Of(http).Actor;
        lock (store.Gate)
        {
            if (store.FindConversation(account_id, conversation_id) is not { } c)
            {
                return Api.NotFound();
            }

            var assigneeId = p.Int("assignee_id");
            if (p.Str("assignee_type") == "AgentBot" && assigneeId is int botId)
            {
                if (store.AccessibleBot(account_id, botId) is not { } bot)
                {
                    return Api.Json(null);
                }

                engine.AssignBot(c, bot, actor);
                return Api.Json(ActorJson.BotSlim(bot));
            }

            if (p.Has("assignee_id"))
            {
                var user = assigneeId is int id && store.Users.TryGetValue(id, out var u) && u.RoleIn(account_id) is not null ? u : null;
                engine.AssignUser(c, user, actor);
                return Api.Json(user is null ? null : ActorJson.Agent(user, account_id));
            }

            // Teams are not modelled; with no recognised key Chatwoot renders null too.
            return Api.Json(null);
        }
    }

    private static IResult Labels(int account_id, int conversation_id, FakeStore store)
    {
        lock (store.Gate)
        {
            return store.FindConversation(account_id, conversation_id) is { } c
                ? Api.Json(new JsonObject { ["payload"] = ConversationJson.Labels(c) })
                : Api.NotFound();
        }
    }

    private static async Task<IResult> SetLabelsAsync(HttpContext http, int account_id, int conversation_id, FakeStore store, ChatEngine engine)
    {
        var p = await RequestParams.ReadAsync(http);
        var actor = Caller.Of(http).Actor;
        lock (store.Gate)
        {
            if (store.FindConversation(account_id, conversation_id) is not { } c)
            {
                return Api.NotFound();
            }

            var labels = (p["labels"] as JsonArray ?? []).Select(n => n?.ToString()).OfType<string>()
                .Where(l => l.Length > 0).Distinct().ToList();
            engine.SetLabels(c, labels, actor);
            return Api.Json(new JsonObject { ["payload"] = ConversationJson.Labels(c) });
        }
    }
}
