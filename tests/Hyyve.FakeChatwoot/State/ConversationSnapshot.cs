using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;

namespace Hyyve.FakeChatwoot.State;

/// <summary>The columns whose change fires <c>conversation_updated</c>, captured before a change to diff afterwards.</summary>
internal sealed record ConversationSnapshot(
    string Status,
    int? AssigneeId,
    int? AssigneeAgentBotId,
    string Labels,
    string? Priority,
    DateTimeOffset? SnoozedUntil,
    DateTimeOffset? WaitingSince,
    DateTimeOffset? FirstReplyCreatedAt,
    string CustomAttributes,
    DateTimeOffset UpdatedAt)
{
    public static ConversationSnapshot Of(FakeConversation c) => new(
        c.Status, c.AssigneeId, c.AssigneeAgentBotId, string.Join(',', c.Labels), c.Priority, c.SnoozedUntil,
        c.WaitingSince, c.FirstReplyCreatedAt, c.CustomAttributes.ToJsonString(), c.UpdatedAt);

    /// <summary>ActiveRecord previous_changes as <c>[{key:{previous_value,current_value}}]</c>, excluding updated_at.</summary>
    public JsonArray Diff(ConversationSnapshot after)
    {
        var changes = new JsonArray();
        void Add(string key, JsonNode? previous, JsonNode? current) =>
            changes.Add(new JsonObject { [key] = new JsonObject { ["previous_value"] = previous, ["current_value"] = current } });

        if (Status != after.Status) Add("status", Status, after.Status);
        if (AssigneeId != after.AssigneeId) Add("assignee_id", AssigneeId, after.AssigneeId);
        if (AssigneeAgentBotId != after.AssigneeAgentBotId) Add("assignee_agent_bot_id", AssigneeAgentBotId, after.AssigneeAgentBotId);
        if (Labels != after.Labels) Add("label_list", LabelArray(Labels), LabelArray(after.Labels));
        if (Priority != after.Priority) Add("priority", Priority, after.Priority);
        if (SnoozedUntil != after.SnoozedUntil) Add("snoozed_until", RailsJson.Iso(SnoozedUntil), RailsJson.Iso(after.SnoozedUntil));
        if (WaitingSince != after.WaitingSince) Add("waiting_since", RailsJson.Iso(WaitingSince), RailsJson.Iso(after.WaitingSince));
        if (FirstReplyCreatedAt != after.FirstReplyCreatedAt)
            Add("first_reply_created_at", RailsJson.Iso(FirstReplyCreatedAt), RailsJson.Iso(after.FirstReplyCreatedAt));
        if (CustomAttributes != after.CustomAttributes)
            Add("custom_attributes", JsonNode.Parse(CustomAttributes), JsonNode.Parse(after.CustomAttributes));
        return changes;
    }

    private static JsonArray LabelArray(string joined) =>
        new([.. joined.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(l => (JsonNode)l)]);
}
