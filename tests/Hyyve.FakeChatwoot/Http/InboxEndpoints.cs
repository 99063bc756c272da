using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>Inboxes (§5.9) and the agent_bot_inboxes link (§5.10).</summary>
internal static class InboxEndpoints
{
    public static void Map(RouteGroupBuilder account)
    {
        account.MapGet("/inboxes", List);
        account.MapGet("/inboxes/{inbox_id}", Show);
        account.MapPost("/inboxes", CreateAsync).AdminOnly();
        account.MapPost("/inboxes/{inbox_id}/set_agent_bot", SetAgentBotAsync).AdminOnly();
        account.MapGet("/inboxes/{inbox_id}/agent_bot", AgentBot);
    }

    private static bool IsAdmin(HttpContext http, int accountId) => Caller.Of(http).User?.RoleIn(accountId) == "administrator";

    private static IResult List(HttpContext http, int account_id, FakeStore store, Provisioner provisioner)
    {
        lock (store.Gate)
        {
            var admin = IsAdmin(http, account_id);
            var inboxes = provisioner.InboxesOf(account_id).Select(i => (JsonNode)InboxJson.Api(i, admin));
            return Api.Json(new JsonObject { ["payload"] = new JsonArray([.. inboxes]) });
        }
    }

    private static IResult Show(HttpContext http, int account_id, int inbox_id, FakeStore store)
    {
        lock (store.Gate)
        {
            return store.Inboxes.TryGetValue(inbox_id, out var inbox) && inbox.AccountId == account_id
                ? Api.Json(InboxJson.Api(inbox, IsAdmin(http, account_id)))
                : Api.NotFound();
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext http, int account_id, FakeStore store, Provisioner provisioner)
    {
        var p = await RequestParams.ReadAsync(http);
        var channel = p["channel"] as JsonObject ?? [];
        var type = channel.Str("type");
        lock (store.Gate)
        {
            if (type is not ("web_widget" or "api"))
            {
                return Api.Unprocessable("Invalid Channel type");
            }

            if (string.IsNullOrWhiteSpace(p.Str("name")))
            {
                return Api.Invalid("Name can't be blank", "name");
            }

            if (type == "web_widget" && string.IsNullOrWhiteSpace(channel.Str("website_url")))
            {
                return Api.Invalid("Website url can't be blank", "website_url");
            }

            var inbox = provisioner.CreateInbox(account_id, p.Str("name")!, type == "api" ? "Channel::Api" : "Channel::WebWidget",
                channel.Str("website_url"), !p.Has("enable_email_collect") || p.Bool("enable_email_collect"),
                channel.Str("widget_color"), channel.Str("welcome_title"), channel.Str("welcome_tagline"));
            return Api.Json(InboxJson.Api(inbox, administrator: true));
        }
    }

    private static async Task<IResult> SetAgentBotAsync(HttpContext http, int account_id, int inbox_id, FakeStore store)
    {
        var p = await RequestParams.ReadAsync(http);
        lock (store.Gate)
        {
            if (!store.Inboxes.TryGetValue(inbox_id, out var inbox) || inbox.AccountId != account_id)
            {
                return Api.NotFound();
            }

            if (p.Int("agent_bot") is not int botId)
            {
                inbox.AgentBotId = null;
                return Api.Empty();
            }

            if (store.AccessibleBot(account_id, botId) is not { } bot)
            {
                return Api.NotFound();
            }

            inbox.AgentBotId = bot.Id;
            return Api.Empty();
        }
    }

    private static IResult AgentBot(HttpContext http, int account_id, int inbox_id, FakeStore store)
    {
        lock (store.Gate)
        {
            if (!store.Inboxes.TryGetValue(inbox_id, out var inbox) || inbox.AccountId != account_id)
            {
                return Api.NotFound();
            }

            JsonNode bot = inbox.AgentBotId is int id && store.Bots.TryGetValue(id, out var b)
                ? ActorJson.Bot(b, account_id, IsAdmin(http, account_id))
                : new JsonObject();
            return Api.Json(new JsonObject { ["agent_bot"] = bot });
        }
    }
}
