using Hyyve.Domain.Answering;
using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.Domain.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Conversations;

/// <summary>
/// Hands a conversation to humans (DESIGN §3.3): the customer-facing message, a private note with the RAG context,
/// then <c>toggle_status {"status":"open"}</c> with the bot token, which Chatwoot treats as a bot handoff.
/// Each step runs once per answer. In best-effort mode (the bot's own failure) a failing step does not stop the
/// next: opening the conversation matters most.
/// </summary>
public sealed class HandoffService(
    BotPoster poster,
    IChatwootApplicationApi chatwoot,
    ConversationStore conversations,
    IOptions<ConversationsOptions> options,
    ILogger<HandoffService> logger)
{
    public async Task HandOffAsync(ChatwootTenant tenant, Project project, long conversationId, long messageId, string question,
        AnswerResult result, double threshold, bool bestEffort, CancellationToken cancellationToken)
    {
        var message = project.HandoffMessage ?? options.Value.HandoffMessage;
        await StepAsync("handoff message", conversationId, bestEffort, () => poster.PostOnceAsync(tenant, conversationId, messageId,
            result.AnswerId, BotPostParts.HandoffMessage, message, isPrivate: false,
            ReplyAttributes.ForHandoff(result.AnswerId, BotPostParts.HandoffMessage), cancellationToken));
        await StepAsync("private note", conversationId, bestEffort, () => poster.PostOnceAsync(tenant, conversationId, messageId,
            result.AnswerId, BotPostParts.HandoffNote, HandoffNote.Format(result, question, threshold), isPrivate: true,
            ReplyAttributes.ForHandoff(result.AnswerId, BotPostParts.HandoffNote), cancellationToken));
        await OpenOnlyAsync(tenant, conversationId, messageId, result, cancellationToken);
    }

    /// <summary>Only the status change (a no-op on a conversation that is already open) and its record: no message is posted.</summary>
    public async Task OpenOnlyAsync(ChatwootTenant tenant, long conversationId, long messageId, AnswerResult result,
        CancellationToken cancellationToken)
    {
        var reason = result.Reason ?? HandoffReason.LowConfidence;
        await poster.RunOnceAsync(tenant, conversationId, result.AnswerId, BotPostParts.StatusOpen,
            () => chatwoot.ToggleStatusAsync(tenant.AsBot(), conversationId, new StatusChange("open"), cancellationToken), cancellationToken);
        await conversations.MarkHandedOffAsync(tenant.Id, conversationId, reason, messageId, cancellationToken);
        ConversationsLog.HandedOff(logger, conversationId, messageId, reason.ToSnakeCase());
    }

    private async Task StepAsync(string step, long conversationId, bool bestEffort, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (bestEffort && ex is not OperationCanceledException)
        {
            ConversationsLog.HandoffStepFailed(logger, ex, step, conversationId);
        }
    }
}
