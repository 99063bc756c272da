using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>The owner of the request's access token (AccessToken#owner); Kind is user, agent_bot, platform_app, invalid or none.</summary>
internal sealed record Caller(string Kind, FakeUser? User = null, FakeAgentBot? Bot = null)
{
    private const string ItemKey = "fake-chatwoot.caller";

    public int? OwnerId => User?.Id ?? Bot?.Id;

    public Actor Actor => User is not null ? Actor.Of(User) : Actor.Of(Bot!);

    public static Caller Of(HttpContext http) => (Caller)http.Items[ItemKey]!;

    /// <summary>Both header spellings reach Rack as HTTP_API_ACCESS_TOKEN, so both are accepted.</summary>
    public static Caller Resolve(HttpContext http, FakeStore store)
    {
        string? token = http.Request.Headers["api_access_token"].FirstOrDefault()
            ?? http.Request.Headers["Api-Access-Token"].FirstOrDefault();
        Caller caller;
        lock (store.Gate)
        {
            caller = string.IsNullOrEmpty(token) ? new Caller("none")
                : token == store.PlatformToken ? new Caller("platform_app")
                : store.FindUserByToken(token) is { } user ? new Caller("user", User: user)
                : store.FindBotByToken(token) is { } bot ? new Caller("agent_bot", Bot: bot)
                : new Caller("invalid");
        }

        http.Items[ItemKey] = caller;
        return caller;
    }
}
