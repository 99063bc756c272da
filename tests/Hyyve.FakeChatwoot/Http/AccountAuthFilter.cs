using System.Globalization;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>
/// Api::V1::Accounts::BaseController's before-actions, in Chatwoot's order: token, bot allowlist,
/// account lookup (404), membership (401), then the administrator policy.
/// </summary>
internal sealed class AccountAuthFilter(FakeStore store) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var caller = Caller.Of(http);
        var metadata = http.GetEndpoint()?.Metadata;
        if (caller.Kind == "none")
        {
            return Api.Json(new System.Text.Json.Nodes.JsonObject
            {
                ["errors"] = new System.Text.Json.Nodes.JsonArray("You need to sign in or sign up before continuing."),
            }, StatusCodes.Status401Unauthorized);
        }

        if (caller.Kind == "invalid")
        {
            return Api.Unauthorized("Invalid Access Token");
        }

        // Platform-app tokens fall into the same branch as bots (only User and AgentBot owners pass).
        if (caller.Kind == "platform_app" || (caller.Bot is not null && metadata?.GetMetadata<BotAccessibleMetadata>() is null))
        {
            return Api.Unauthorized("Access to this endpoint is not authorized for bots");
        }

        var accountId = int.Parse((string)http.GetRouteValue("account_id")!, CultureInfo.InvariantCulture);
        lock (store.Gate)
        {
            if (!store.Accounts.ContainsKey(accountId))
            {
                return Api.NotFound();
            }

            if (caller.User is { } user)
            {
                var role = user.RoleIn(accountId);
                if (role is null)
                {
                    return Api.Unauthorized("You are not authorized to access this account");
                }

                if (metadata?.GetMetadata<AdminOnlyMetadata>() is not null && role != "administrator")
                {
                    return Api.Forbidden();
                }
            }
            else if (caller.Bot is { } bot && bot.AccountId != accountId
                && !store.Inboxes.Values.Any(i => i.AccountId == accountId && i.AgentBotId == bot.Id))
            {
                return Api.Unauthorized("Bot is not authorized to access this account");
            }
        }

        return await next(context);
    }
}
