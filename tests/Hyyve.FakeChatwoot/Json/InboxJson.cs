using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot.Json;

/// <summary>Inbox shapes: <c>Inbox#webhook_data</c> and the API <c>_inbox</c> partial (§5.9).</summary>
internal static class InboxJson
{
    public static JsonObject Webhook(FakeInbox i) => new() { ["id"] = i.Id, ["name"] = i.Name };

    public static JsonObject Api(FakeInbox i, bool administrator)
    {
        var json = new JsonObject
        {
            ["id"] = i.Id,
            ["avatar_url"] = "",
            ["channel_id"] = i.ChannelId,
            ["name"] = i.Name,
            ["channel_type"] = i.ChannelType,
            ["greeting_enabled"] = i.GreetingEnabled,
            ["greeting_message"] = i.GreetingMessage,
            ["working_hours_enabled"] = false,
            ["enable_email_collect"] = i.EnableEmailCollect,
            ["csat_survey_enabled"] = false,
            ["csat_config"] = new JsonObject(),
            ["enable_auto_assignment"] = i.EnableAutoAssignment,
            ["auto_assignment_config"] = new JsonObject(),
            ["out_of_office_message"] = null,
            ["working_hours"] = new JsonArray(),
            ["timezone"] = "UTC",
            ["callback_webhook_url"] = null,
            ["allow_messages_after_resolved"] = true,
            ["lock_to_single_conversation"] = false,
            ["sender_name_type"] = "friendly",
            ["business_name"] = null,
            ["allowed_domains"] = "",
            ["widget_color"] = i.WidgetColor,
            ["website_url"] = i.WebsiteUrl,
            ["hmac_mandatory"] = false,
            ["welcome_title"] = i.WelcomeTitle,
            ["welcome_tagline"] = i.WelcomeTagline,
            ["web_widget_script"] = $"<script>window.chatwootSettings={{}};/* websiteToken: '{i.WebsiteToken}' */</script>",
            ["website_token"] = i.WebsiteToken,
            ["selected_feature_flags"] = new JsonArray("attachments", "emoji_picker", "end_conversation"),
            ["reply_time"] = "in_a_few_minutes",
        };
        if (administrator)
        {
            json["hmac_token"] = i.HmacToken;
        }

        json["pre_chat_form_enabled"] = false;
        json["pre_chat_form_options"] = new JsonObject();
        json["continuity_via_email"] = true;
        json["messaging_service_sid"] = null;
        json["phone_number"] = null;
        json["provider"] = null;
        return json;
    }
}
