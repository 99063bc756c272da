using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot.Json;

/// <summary>Platform API shapes (§6): no bot secret anywhere.</summary>
internal static class PlatformJson
{
    public static JsonObject Account(FakeAccount a) => new()
    {
        ["id"] = a.Id,
        ["name"] = a.Name,
        ["locale"] = a.Locale,
        ["domain"] = a.Domain,
        ["support_email"] = a.SupportEmail ?? "accounts@chatwoot.com",
        ["features"] = new JsonObject { ["agent_bots"] = true, ["help_center"] = true },
        ["custom_attributes"] = a.CustomAttributes.DeepClone(),
        ["limits"] = new JsonObject(),
        ["status"] = "active",
    };

    public static JsonObject User(FakeUser u) => new()
    {
        ["access_token"] = u.AccessToken,
        ["account_id"] = null,
        ["available_name"] = u.AvailableName,
        ["avatar_url"] = "",
        ["confirmed"] = true,
        ["display_name"] = u.DisplayName,
        ["message_signature"] = null,
        ["email"] = u.Email,
        ["id"] = u.Id,
        ["name"] = u.Name,
        ["provider"] = "email",
        ["pubsub_token"] = u.PubsubToken,
        ["role"] = null,
        ["ui_settings"] = new JsonObject(),
        ["uid"] = u.Email,
        ["accounts"] = new JsonArray([.. u.Memberships.Values.OrderBy(m => m.AccountId).Select(m => (JsonNode)new JsonObject
        {
            ["id"] = m.AccountId, ["role"] = m.Role,
        })]),
    };

    /// <summary><c>POST users/{id}/token</c>.</summary>
    public static JsonObject Token(FakeUser u) => new()
    {
        ["access_token"] = u.AccessToken,
        ["expiry"] = null,
        ["user"] = new JsonObject
        {
            ["id"] = u.Id, ["name"] = u.Name, ["display_name"] = u.DisplayName, ["email"] = u.Email, ["pubsub_token"] = u.PubsubToken,
        },
    };

    public static JsonObject AccountUser(FakeAccountUser m) => new()
    {
        ["id"] = m.Id,
        ["account_id"] = m.AccountId,
        ["user_id"] = m.UserId,
        ["role"] = m.Role,
        ["inviter_id"] = null,
        ["created_at"] = RailsJson.Iso(m.CreatedAt),
        ["updated_at"] = RailsJson.Iso(m.UpdatedAt),
        ["active_at"] = null,
        ["availability"] = "online",
        ["auto_offline"] = true,
        ["custom_role_id"] = null,
        ["agent_capacity_policy_id"] = null,
    };

    public static JsonObject Bot(FakeAgentBot b) => new()
    {
        ["id"] = b.Id,
        ["name"] = b.Name,
        ["description"] = b.Description,
        ["outgoing_url"] = b.OutgoingUrl,
        ["account_id"] = b.AccountId,
        ["access_token"] = b.AccessToken,
    };
}
