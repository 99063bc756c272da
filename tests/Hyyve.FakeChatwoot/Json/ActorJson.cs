using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Json;

/// <summary>The many shapes of contacts, users and bots (webhook_data, push_event_data, API partials).</summary>
internal static class ActorJson
{
    public static JsonObject Account(FakeAccount a) => new() { ["id"] = a.Id, ["name"] = a.Name };

    /// <summary><c>Contact#webhook_data</c>: no <c>type</c> key since v2.14.</summary>
    public static JsonObject ContactWebhook(FakeStore s, FakeContact c) => new()
    {
        ["account"] = Account(s.Accounts[c.AccountId]),
        ["additional_attributes"] = new JsonObject(),
        ["avatar"] = "",
        ["custom_attributes"] = new JsonObject(),
        ["email"] = c.Email,
        ["id"] = c.Id,
        ["identifier"] = c.Identifier,
        ["name"] = c.Name,
        ["phone_number"] = c.PhoneNumber,
        ["thumbnail"] = "",
        ["blocked"] = false,
    };

    public static JsonObject ContactPush(FakeContact c) => new()
    {
        ["additional_attributes"] = new JsonObject(),
        ["custom_attributes"] = new JsonObject(),
        ["email"] = c.Email,
        ["id"] = c.Id,
        ["identifier"] = c.Identifier,
        ["name"] = c.Name,
        ["phone_number"] = c.PhoneNumber,
        ["thumbnail"] = "",
        ["blocked"] = false,
        ["type"] = "contact",
    };

    /// <summary>The <c>api/v1/models/contact</c> partial.</summary>
    public static JsonObject ContactPartial(FakeContact c) => new()
    {
        ["additional_attributes"] = new JsonObject(),
        ["availability_status"] = "offline",
        ["email"] = c.Email,
        ["id"] = c.Id,
        ["name"] = c.Name,
        ["phone_number"] = c.PhoneNumber,
        ["blocked"] = false,
        ["identifier"] = c.Identifier,
        ["thumbnail"] = "",
        ["custom_attributes"] = new JsonObject(),
        ["last_activity_at"] = RailsJson.Epoch(c.LastActivityAt),
        ["created_at"] = RailsJson.Epoch(c.CreatedAt),
    };

    public static JsonObject UserWebhook(FakeUser u) => new()
    {
        ["id"] = u.Id, ["name"] = u.Name, ["email"] = u.Email, ["type"] = "user",
    };

    public static JsonObject UserPush(FakeUser u) => new()
    {
        ["id"] = u.Id,
        ["name"] = u.Name,
        ["available_name"] = u.AvailableName,
        ["avatar_url"] = "",
        ["type"] = "user",
        ["availability_status"] = "online",
        ["thumbnail"] = "",
    };

    /// <summary>The <c>_agent</c> partial (non-enterprise: no custom_role_id).</summary>
    public static JsonObject Agent(FakeUser u, int accountId) => new()
    {
        ["id"] = u.Id,
        ["account_id"] = accountId,
        ["availability_status"] = "online",
        ["auto_offline"] = true,
        ["confirmed"] = true,
        ["email"] = u.Email,
        ["provider"] = "email",
        ["available_name"] = u.AvailableName,
        ["name"] = u.Name,
        ["role"] = u.RoleIn(accountId),
        ["thumbnail"] = "",
    };

    public static JsonObject BotWebhook(FakeAgentBot b) => new() { ["id"] = b.Id, ["name"] = b.Name, ["type"] = "agent_bot" };

    public static JsonObject BotPush(FakeAgentBot b) => new()
    {
        ["id"] = b.Id, ["name"] = b.Name, ["avatar_url"] = "", ["type"] = "agent_bot",
    };

    public static JsonObject BotSlim(FakeAgentBot b) => new()
    {
        ["id"] = b.Id,
        ["name"] = b.Name,
        ["description"] = b.Description,
        ["thumbnail"] = "",
        ["outgoing_url"] = b.OutgoingUrl,
        ["bot_type"] = "webhook",
    };

    /// <summary>The <c>_agent_bot</c> partial: token only for the owning account, secret only for its administrators.</summary>
    public static JsonObject Bot(FakeAgentBot b, int accountId, bool administrator)
    {
        var json = BotSlim(b);
        json["bot_config"] = new JsonObject();
        json["account_id"] = b.AccountId;
        if (b.AccountId == accountId)
        {
            json["access_token"] = b.AccessToken;
        }

        if (administrator && !b.IsSystemBot)
        {
            json["secret"] = b.Secret;
        }

        json["system_bot"] = b.IsSystemBot;
        return json;
    }
}
