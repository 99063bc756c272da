namespace Hyyve.FakeChatwoot.State;

/// <summary>Message after-create callbacks that change the conversation or add template messages.</summary>
internal sealed partial class ChatEngine
{
    /// <summary>Message#reopen_resolved_conversation (§4.4).</summary>
    private void ReopenOnIncoming(FakeConversation c)
    {
        if (c.Status == "resolved")
        {
            c.Status = s.Inboxes[c.InboxId].AgentBotId is null ? "open" : "pending";
        }
        else if (c.Status == "snoozed")
        {
            c.Status = "open";
            c.SnoozedUntil = null;
        }
    }

    /// <summary>waiting_since is set by a customer message and cleared by a public reply; a human's first reply is recorded.</summary>
    private static void TrackReplyTimes(FakeConversation c, FakeMessage m)
    {
        if (m.MessageType == "incoming")
        {
            c.WaitingSince ??= m.CreatedAt;
        }
        else if (m.MessageType == "outgoing" && !m.Private && m.SenderType is "User" or "AgentBot")
        {
            if (m.SenderType == "User")
            {
                c.FirstReplyCreatedAt ??= m.CreatedAt;
            }

            c.WaitingSince = null;
        }
    }

    /// <summary>MessageTemplates::HookExecutionService: the widget's email-collect template, once per conversation.</summary>
    private void RunTemplateHooks(FakeConversation c)
    {
        var inbox = s.Inboxes[c.InboxId];
        var messages = s.MessagesOf(c);
        if (!inbox.EnableEmailCollect || inbox.IsApiChannel || s.Contacts[c.ContactId].Email is not null
            || messages.Any(m => m.MessageType == "template"))
        {
            return;
        }

        var template = Persist(c, new MessageDraft("template", "Get notified by email", ContentType: "input_email"));
        events.Message(template, "message_created");
    }
}
