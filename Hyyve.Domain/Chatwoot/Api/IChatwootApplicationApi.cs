using Refit;

namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>
/// The Chatwoot Application API calls Hyyve makes (CONTRACT §5), one method per call. Routes are relative to the
/// account's API root, <c>/api/v1/accounts/{account_id}/</c>: the <c>account</c> argument of each call names the
/// installation, the account and the token (user or bot), and <see cref="ChatwootTargetHandler"/> sends the request there. Which calls are retried is decided in one place, <see cref="ChatwootRetryRules"/>.
/// </summary>
public interface IChatwootApplicationApi
{
    /// <summary>Posts a message (bot token). Not idempotent: retried only when Chatwoot cannot have processed it.</summary>
    [Post("/conversations/{conversationId}/messages")]
    Task<ChatwootMessage> CreateMessageAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, long conversationId,
        [Body] NewMessage message, CancellationToken cancellationToken);

    /// <summary>Sets the status (bot token). <c>open</c> on a pending conversation is Chatwoot's bot handoff.</summary>
    [Post("/conversations/{conversationId}/toggle_status")]
    Task ToggleStatusAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, long conversationId,
        [Body] StatusChange change, CancellationToken cancellationToken);

    /// <summary>The conversation's live state (bot token allowed since Chatwoot 4.14.2).</summary>
    [Get("/conversations/{conversationId}")]
    Task<ChatwootConversation> GetConversationAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, long conversationId,
        CancellationToken cancellationToken);

    /// <summary>Up to 100 messages after <paramref name="after"/> (user token only; bots may not list messages).</summary>
    [Get("/conversations/{conversationId}/messages")]
    Task<MessageList> ListMessagesAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, long conversationId, long after,
        CancellationToken cancellationToken);

    /// <summary>Creates an account-scoped agent bot (administrator). Not idempotent.</summary>
    [Post("/agent_bots")]
    Task<ChatwootBot> CreateAgentBotAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, [Body] NewAgentBot bot,
        CancellationToken cancellationToken);

    [Patch("/agent_bots/{botId}")]
    Task<ChatwootBot> UpdateAgentBotAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, long botId,
        [Body] AgentBotUpdate update, CancellationToken cancellationToken);

    [Get("/inboxes")]
    Task<InboxList> ListInboxesAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, CancellationToken cancellationToken);

    /// <summary>Attaches a bot to an inbox (administrator); 200 with an empty body.</summary>
    [Post("/inboxes/{inboxId}/set_agent_bot")]
    Task SetAgentBotAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, long inboxId, [Body] AgentBotAssignment assignment,
        CancellationToken cancellationToken);

    // Tenant provisioning (administrator token). The creates are not idempotent: provisioning looks an earlier attempt's
    // record up by its natural key (the bot's webhook URL, the inbox name, the portal slug) before creating again.

    /// <summary>The account's bots and the system bots; an administrator sees each account bot's token and secret.</summary>
    [Get("/agent_bots")]
    Task<IReadOnlyList<AccountAgentBot>> ListAgentBotsAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account,
        CancellationToken cancellationToken);

    [Delete("/agent_bots/{botId}")]
    Task DeleteAgentBotAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, long botId, CancellationToken cancellationToken);

    /// <summary>The inboxes with their channel and widget token (same route as <see cref="ListInboxesAsync"/>).</summary>
    [Get("/inboxes")]
    Task<InboxDetailsList> ListInboxDetailsAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account,
        CancellationToken cancellationToken);

    /// <summary>Creates a web-widget or API inbox. Not idempotent.</summary>
    [Post("/inboxes")]
    Task<InboxDetails> CreateInboxAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, [Body] NewInbox inbox,
        CancellationToken cancellationToken);

    /// <summary>Queues the inbox's deletion (Chatwoot's DeleteObjectJob): 200 now, gone later.</summary>
    [Delete("/inboxes/{inboxId}")]
    Task DeleteInboxAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, long inboxId, CancellationToken cancellationToken);

    [Get("/portals")]
    Task<PortalList> ListPortalsAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, CancellationToken cancellationToken);

    /// <summary>Creates a Help Center portal; its slug must be unique in the whole installation. Not idempotent.</summary>
    [Post("/portals")]
    Task<ChatwootPortal> CreatePortalAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, [Body] NewPortal portal,
        CancellationToken cancellationToken);

    [Delete("/portals/{slug}")]
    Task DeletePortalAsync([Property(ChatwootTargetHandler.Key)] ChatwootAccount account, string slug, CancellationToken cancellationToken);
}
