using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>Platform API accounts and account_users (§6). Targets must be permissible for the platform app.</summary>
internal static class PlatformEndpoints
{
    public static void Map(RouteGroupBuilder platform)
    {
        platform.MapPost("/accounts", CreateAccountAsync);
        platform.MapGet("/accounts/{account_id}", (int account_id, FakeStore s) =>
            WithPermissible(s, "account", account_id, () => Api.Json(PlatformJson.Account(s.Accounts[account_id]))));
        platform.MapPost("/accounts/{account_id}/account_users", UpsertAccountUserAsync);
        platform.MapGet("/accounts/{account_id}/account_users", (int account_id, FakeStore s) =>
            WithPermissible(s, "account", account_id, () => Api.Json(new JsonArray([.. s.AccountUsers.Values
                .Where(m => m.AccountId == account_id).OrderBy(m => m.Id).Select(m => (JsonNode)PlatformJson.AccountUser(m))]))));
        platform.MapDelete("/accounts/{account_id}/account_users", DeleteAccountUserAsync);
        PlatformUserBotEndpoints.Map(platform);
        PlatformLifecycleEndpoints.Map(platform);
    }

    /// <summary>A missing record is Rails' default 404; an existing but foreign one is "Non permissible resource".</summary>
    public static IResult WithPermissible(FakeStore store, string kind, int id, Func<IResult> action)
    {
        lock (store.Gate)
        {
            var exists = kind switch
            {
                "account" => store.Accounts.ContainsKey(id),
                "user" => store.Users.ContainsKey(id),
                _ => store.Bots.ContainsKey(id),
            };
            if (!exists)
            {
                return Api.Json(new JsonObject { ["status"] = 404, ["error"] = "Not Found" }, StatusCodes.Status404NotFound);
            }

            return store.Permissible.Contains((kind, id)) ? action() : Api.Unauthorized("Non permissible resource");
        }
    }

    private static async Task<IResult> CreateAccountAsync(HttpContext http, FakeStore store, Provisioner provisioner)
    {
        var p = await RequestParams.ReadAsync(http);
        lock (store.Gate)
        {
            if (string.IsNullOrWhiteSpace(p.Str("name")))
            {
                return Api.Invalid("Name can't be blank", "name");
            }

            // Account.create!: no uniqueness of any field, so a repeated create makes a second account.
            var account = provisioner.CreateAccount(p.Str("name")!, p.Str("locale") ?? "en", p.Str("domain"), p.Str("support_email"),
                p["custom_attributes"] is JsonObject custom ? (JsonObject)custom.DeepClone() : null);
            store.Permissible.Add(("account", account.Id));
            return Api.Json(PlatformJson.Account(account));
        }
    }

    private static async Task<IResult> UpsertAccountUserAsync(HttpContext http, int account_id, FakeStore store, Provisioner provisioner)
    {
        var p = await RequestParams.ReadAsync(http);
        return WithPermissible(store, "account", account_id, () =>
        {
            var role = p.Str("role") ?? "agent";
            if (role is not ("agent" or "administrator"))
            {
                return Api.Unprocessable($"'{role}' is not a valid role");
            }

            if (p.Int("user_id") is not int userId || !store.Users.TryGetValue(userId, out var user))
            {
                return Api.Invalid("User must exist", "user");
            }

            return Api.Json(PlatformJson.AccountUser(provisioner.UpsertAccountUser(account_id, user, role)));
        });
    }

    private static async Task<IResult> DeleteAccountUserAsync(HttpContext http, int account_id, FakeStore store, Provisioner provisioner)
    {
        var p = await RequestParams.ReadAsync(http);
        return WithPermissible(store, "account", account_id, () =>
        {
            if (p.Int("user_id") is int userId && store.Users.TryGetValue(userId, out var user))
            {
                provisioner.RemoveAccountUser(account_id, user);
            }

            return Api.Empty();
        });
    }
}
