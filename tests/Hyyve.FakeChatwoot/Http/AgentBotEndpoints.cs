using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>Account-scoped agent bots (§5.11). Writes need an administrator; agents may read.</summary>
internal static class AgentBotEndpoints
{
    public static void Map(RouteGroupBuilder account)
    {
        account.MapGet("/agent_bots", List);
        account.MapGet("/agent_bots/{id}", Show);
        account.MapPost("/agent_bots", CreateAsync).AdminOnly();
        account.MapPatch("/agent_bots/{id}", UpdateAsync).AdminOnly();
        account.MapDelete("/agent_bots/{id}", Delete).AdminOnly();
        account.MapPost("/agent_bots/{id}/reset_secret", (HttpContext h, int account_id, int id, FakeStore s) =>
            Reset(h, account_id, id, s, b => b.Secret = Tokens.UrlSafeBase64())).AdminOnly();
        account.MapPost("/agent_bots/{id}/reset_access_token", (HttpContext h, int account_id, int id, FakeStore s) =>
            Reset(h, account_id, id, s, b => b.AccessToken = Tokens.SecureToken())).AdminOnly();
    }

    private static bool IsAdmin(HttpContext http, int accountId) => Caller.Of(http).User?.RoleIn(accountId) == "administrator";

    private static IResult List(HttpContext http, int account_id, FakeStore store)
    {
        lock (store.Gate)
        {
            var admin = IsAdmin(http, account_id);
            var bots = store.Bots.Values.Where(b => b.AccountId is null || b.AccountId == account_id).OrderBy(b => b.Id);
            return Api.Json(new JsonArray([.. bots.Select(b => (JsonNode)ActorJson.Bot(b, account_id, admin))]));
        }
    }

    private static IResult Show(HttpContext http, int account_id, int id, FakeStore store)
    {
        lock (store.Gate)
        {
            return store.AccessibleBot(account_id, id) is { } bot
                ? Api.Json(ActorJson.Bot(bot, account_id, IsAdmin(http, account_id)))
                : Api.NotFound();
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext http, int account_id, FakeStore store, Provisioner provisioner)
    {
        var p = RequestParams.Wrapped(await RequestParams.ReadAsync(http), "agent_bot");
        lock (store.Gate)
        {
            if (string.IsNullOrWhiteSpace(p.Str("name")))
            {
                return Api.Invalid("Name can't be blank", "name");
            }

            var bot = provisioner.CreateBot(account_id, p.Str("name")!, p.Str("outgoing_url"), p.Str("description"));
            return Api.Json(ActorJson.Bot(bot, account_id, administrator: true));
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, int account_id, int id, FakeStore store)
    {
        var p = RequestParams.Wrapped(await RequestParams.ReadAsync(http), "agent_bot");
        lock (store.Gate)
        {
            // Updates go through Current.account.agent_bots, so system bots are not found.
            if (!store.Bots.TryGetValue(id, out var bot) || bot.AccountId != account_id)
            {
                return Api.NotFound();
            }

            bot.Name = p.Str("name") ?? bot.Name;
            bot.Description = p.Has("description") ? p.Str("description") : bot.Description;
            bot.OutgoingUrl = p.Has("outgoing_url") ? p.Str("outgoing_url") : bot.OutgoingUrl;
            return Api.Json(ActorJson.Bot(bot, account_id, administrator: true));
        }
    }

    private static IResult Delete(int account_id, int id, FakeStore store, Provisioner provisioner)
    {
        lock (store.Gate)
        {
            if (!store.Bots.TryGetValue(id, out var bot) || bot.AccountId != account_id)
            {
                return Api.NotFound();
            }

            provisioner.DeleteBot(bot);
            return Api.Empty();
        }
    }

    private static IResult Reset(HttpContext http, int accountId, int id, FakeStore store, Action<FakeAgentBot> reset)
    {
        lock (store.Gate)
        {
            if (!store.Bots.TryGetValue(id, out var bot) || bot.AccountId != accountId)
            {
                return Api.NotFound();
            }

            reset(bot);
            return Api.Json(ActorJson.Bot(bot, accountId, IsAdmin(http, accountId)));
        }
    }
}
