using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>Platform API users and agent bots (§6).</summary>
internal static class PlatformUserBotEndpoints
{
    public static void Map(RouteGroupBuilder platform)
    {
        platform.MapPost("/users", CreateUserAsync);
        platform.MapGet("/users/{id}", (int id, FakeStore s) =>
            PlatformEndpoints.WithPermissible(s, "user", id, () => Api.Json(PlatformJson.User(s.Users[id]))));
        platform.MapPost("/agent_bots", CreateBotAsync);
        platform.MapGet("/agent_bots", (FakeStore s) =>
        {
            lock (s.Gate)
            {
                return Api.Json(new JsonArray([.. s.Bots.Values.Where(b => s.Permissible.Contains(("agent_bot", b.Id)))
                    .OrderBy(b => b.Id).Select(b => (JsonNode)PlatformJson.Bot(b))]));
            }
        });
        platform.MapGet("/agent_bots/{id}", (int id, FakeStore s) =>
            PlatformEndpoints.WithPermissible(s, "agent_bot", id, () => Api.Json(PlatformJson.Bot(s.Bots[id]))));
        platform.MapPatch("/agent_bots/{id}", UpdateBotAsync);
    }

    private static async Task<IResult> CreateUserAsync(HttpContext http, FakeStore store, Provisioner provisioner)
    {
        var p = await RequestParams.ReadAsync(http);
        lock (store.Gate)
        {
            var email = p.Str("email");
            // User.from_email(...) || User.new: an existing email returns that user and makes it permissible.
            if (store.Users.Values.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase)) is { } existing)
            {
                store.Permissible.Add(("user", existing.Id));
                return Api.Json(PlatformJson.User(existing));
            }

            if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(p.Str("name")))
            {
                return Api.Invalid("Email can't be blank, Name can't be blank", "email", "name");
            }

            if (PasswordProblem(p.Str("password")) is { } problem)
            {
                return Api.Invalid(problem, "password");
            }

            var user = provisioner.CreateUser(p.Str("name")!, email, p.Str("display_name"));
            store.Permissible.Add(("user", user.Id));
            return Api.Json(PlatformJson.User(user));
        }
    }

    private static async Task<IResult> CreateBotAsync(HttpContext http, FakeStore store, Provisioner provisioner)
    {
        var p = await RequestParams.ReadAsync(http);
        lock (store.Gate)
        {
            if (string.IsNullOrWhiteSpace(p.Str("name")))
            {
                return Api.Invalid("Name can't be blank", "name");
            }

            var accountId = p.Int("account_id");
            if (accountId is int id && !store.Accounts.ContainsKey(id))
            {
                return Api.Invalid("Account must exist", "account");
            }

            var bot = provisioner.CreateBot(accountId, p.Str("name")!, p.Str("outgoing_url"), p.Str("description"));
            store.Permissible.Add(("agent_bot", bot.Id));
            return Api.Json(PlatformJson.Bot(bot));
        }
    }

    private static async Task<IResult> UpdateBotAsync(HttpContext http, int id, FakeStore store)
    {
        var p = await RequestParams.ReadAsync(http);
        return PlatformEndpoints.WithPermissible(store, "agent_bot", id, () =>
        {
            var bot = store.Bots[id];
            bot.Name = p.Str("name") ?? bot.Name;
            bot.Description = p.Has("description") ? p.Str("description") : bot.Description;
            bot.OutgoingUrl = p.Has("outgoing_url") ? p.Str("outgoing_url") : bot.OutgoingUrl;
            return Api.Json(PlatformJson.Bot(bot));
        });
    }

    /// <summary>Devise length 6–128 plus Chatwoot's secure_password rule.</summary>
    private static string? PasswordProblem(string? password) =>
        string.IsNullOrEmpty(password) ? "Password can't be blank"
        : password.Length is < 6 or > 128 ? "Password is too short (minimum is 6 characters)"
        : !password.Any(char.IsUpper) || !password.Any(char.IsLower) || !password.Any(char.IsDigit)
            || password.All(char.IsLetterOrDigit)
            ? "Password must contain at least 1 uppercase letter, 1 lowercase letter, 1 number, and 1 special character"
        : null;
}
