using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>
/// Platform API listing, tokens and deletes (§6): the account index lists only permissible accounts; account and user
/// deletes are <c>DeleteObjectJob.perform_later</c> (200 now, gone later); an agent bot delete is a synchronous
/// <c>destroy!</c>; <c>users/{id}/token</c> hands out the user's access token.
/// </summary>
internal static class PlatformLifecycleEndpoints
{
    public static void Map(RouteGroupBuilder platform)
    {
        platform.MapGet("/accounts", (FakeStore s) =>
        {
            lock (s.Gate)
            {
                return Api.Json(new JsonArray([.. s.Accounts.Values.Where(a => s.Permissible.Contains(("account", a.Id)))
                    .OrderBy(a => a.Id).Select(a => (JsonNode)PlatformJson.Account(a))]));
            }
        });
        platform.MapDelete("/accounts/{account_id}", (int account_id, FakeStore s, DeleteObjectJobs jobs, Deleter deleter) =>
            PlatformEndpoints.WithPermissible(s, "account", account_id, () =>
            {
                jobs.Enqueue(d => d.DeleteAccount(account_id), deleter);
                return Api.Empty();
            }));
        platform.MapDelete("/users/{id}", (int id, FakeStore s, DeleteObjectJobs jobs, Deleter deleter) =>
            PlatformEndpoints.WithPermissible(s, "user", id, () =>
            {
                jobs.Enqueue(d => d.DeleteUser(id), deleter);
                return Api.Empty();
            }));
        platform.MapPost("/users/{id}/token", (int id, FakeStore s) =>
            PlatformEndpoints.WithPermissible(s, "user", id, () => Api.Json(PlatformJson.Token(s.Users[id]))));
        platform.MapDelete("/agent_bots/{id}", (int id, FakeStore s, Provisioner provisioner) =>
            PlatformEndpoints.WithPermissible(s, "agent_bot", id, () =>
            {
                provisioner.DeleteBot(s.Bots[id]);
                s.Permissible.Remove(("agent_bot", id));
                return Api.Empty();
            }));
    }
}
