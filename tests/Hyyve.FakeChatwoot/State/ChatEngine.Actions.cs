using Hyyve.FakeChatwoot.Webhooks;

namespace Hyyve.FakeChatwoot.State;

/// <summary>Status, assignment and label actions taken by agents, bots and the system, with their activity messages.</summary>
internal sealed partial class ChatEngine
{
    public void ChangeStatus(FakeConversation c, string status, Actor? actor, DateTimeOffset? snoozedUntil = null)
    {
        var previous = c.Status;
        Change(c, x =>
        {
            x.Status = status;
            x.SnoozedUntil = status == "snoozed" ? snoozedUntil : null;
        });
        if (actor is not null && previous != status)
        {
            AddActivity(c, status switch
            {
                "open" => $"Conversation was reopened by {actor.Name}",
                "resolved" => $"Conversation was marked resolved by {actor.Name}",
                "pending" => $"Conversation was marked as pending by {actor.Name}",
                _ => $"Conversation was snoozed by {actor.Name}",
            });
        }
    }

    /// <summary>Conversation#bot_handoff!: set waiting_since if blank, then open!.</summary>
    public void BotHandoff(FakeConversation c, FakeAgentBot bot)
    {
        Change(c, x => x.WaitingSince ??= s.Now);
        ChangeStatus(c, "open", Actor.Of(bot));
        c.BotHandoffCount++;
    }

    /// <summary>Assign a user (clears the bot assignee) or unassign with null.</summary>
    public void AssignUser(FakeConversation c, FakeUser? user, Actor? actor)
    {
        var previous = c.AssigneeId;
        Change(c, x =>
        {
            x.AssigneeId = user?.Id;
            if (user is not null)
            {
                x.AssigneeAgentBotId = null;
            }
        });
        if (actor is null || previous == user?.Id)
        {
            return;
        }

        AddActivity(c, user is null ? $"Conversation unassigned by {actor.Name}"
            : actor.Type == "User" && actor.Id == user.Id ? $"{actor.Name} self-assigned this conversation"
            : $"Assigned to {user.Name} by {actor.Name}");
    }

    public void AssignBot(FakeConversation c, FakeAgentBot bot, Actor? actor)
    {
        var changed = c.AssigneeAgentBotId != bot.Id;
        Change(c, x =>
        {
            x.AssigneeAgentBotId = bot.Id;
            x.AssigneeId = null;
        });
        if (actor is not null && changed)
        {
            AddActivity(c, $"Assigned to {bot.Name} by {actor.Name}");
        }
    }

    public void SetLabels(FakeConversation c, IReadOnlyList<string> labels, Actor? actor)
    {
        var added = labels.Except(c.Labels).ToList();
        var removed = c.Labels.Except(labels).ToList();
        Change(c, x => x.Labels = labels);
        if (actor is null)
        {
            return;
        }

        if (added.Count > 0)
        {
            AddActivity(c, $"{actor.Name} added {string.Join(", ", added)}");
        }

        if (removed.Count > 0)
        {
            AddActivity(c, $"{actor.Name} removed {string.Join(", ", removed)}");
        }
    }

    /// <summary>
    /// Webhooks::Trigger#handle_error for agent bots: only message events of an existing message,
    /// only while pending, unless the account keeps pending conversations on failure.
    /// </summary>
    public void OnDeliveryFailed(WebhookJob job)
    {
        if (job.Event is not ("message_created" or "message_updated") || job.MessageId is not int messageId
            || s.FindMessage(messageId) is not { } message)
        {
            return;
        }

        var c = s.Conversations[message.ConversationId];
        if (c.Status != "pending" || s.Accounts[c.AccountId].KeepPendingOnBotFailure)
        {
            return;
        }

        ChangeStatus(c, "open", actor: null);
        AddActivity(c, BotErrorActivity);
    }
}
