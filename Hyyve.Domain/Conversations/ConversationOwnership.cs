using Hyyve.Domain.Answering;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Conversations;

/// <summary>
/// The last gate before the bot posts (issue: never speak in a human's conversation). Chatwoot opens a pending
/// conversation for humans when a delivery fails or takes longer than its webhook timeout (CONTRACT §3), and the status
/// event that says so fails too while Hyyve is down. So the bot trusts its own record only when nothing can have failed
/// meanwhile: a first attempt, run by the process that accepted the message, within
/// <see cref="ConversationsOptions.LiveStatusCheckAfter"/> of the delivery's arrival. Otherwise it reads the live status
/// from Chatwoot; a conversation that is no longer pending is recorded as not answered (<c>already_with_human</c>).
/// </summary>
public sealed class ConversationOwnership(
    IChatwootApplicationApi chatwoot,
    BotPoster poster,
    ConversationStore conversations,
    RagMetadataStore records,
    ProcessInstance instance,
    IOptions<ConversationsOptions> options,
    TimeProvider time,
    ILogger<ConversationOwnership> logger)
{
    /// <summary>True when the bot may post <paramref name="result"/>. False after recording that humans have the conversation.
    /// <paramref name="alwaysCheck"/> asks Chatwoot whatever the job's age (the fail-open path of a dead job).</summary>
    public async Task<bool> EnsureBotOwnsAsync(ChatwootTenant tenant, AnswerMessageJob payload, LeasedJob job, AnswerResult result,
        bool alwaysCheck, CancellationToken cancellationToken)
    {
        if ((!alwaysCheck && IsCertain(payload, job)) || await IsDeliveredAsync(result, cancellationToken))
        {
            return true;
        }

        var live = await chatwoot.GetConversationAsync(tenant.AsBot(), payload.ConversationId, cancellationToken);
        if (live.Status == "pending")
        {
            return true;
        }

        await records.MarkNotDeliveredAsync(result.AnswerId, HandoffReason.AlreadyWithHuman, cancellationToken);
        await conversations.MarkHandedOffAsync(tenant.Id, payload.ConversationId, HandoffReason.AlreadyWithHuman, payload.MessageId,
            cancellationToken);
        ConversationsLog.AlreadyWithHuman(logger, payload.MessageId, payload.ConversationId, live.Status);
        return false;
    }

    /// <summary>Records a message the bot did not answer because humans have the conversation: as not delivered when an
    /// earlier attempt recorded an answer it never delivered, otherwise as a new record without one. An answer that was
    /// delivered (a reply, or the bot's own completed handoff) keeps its record.</summary>
    public async Task RecordWithHumanAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        if (await records.FindForMessageAsync(request.ProjectId, request.ChatwootConversationId!.Value, request.ChatwootMessageId!.Value,
                cancellationToken) is { } earlier)
        {
            if (!await IsDeliveredAsync(earlier, cancellationToken))
            {
                await records.MarkNotDeliveredAsync(earlier.AnswerId, HandoffReason.AlreadyWithHuman, cancellationToken);
            }

            return;
        }

        await records.RecordAsync(request, new AnswerResult(Guid.CreateVersion7(), AnswerDecision.Handoff, HandoffReason.AlreadyWithHuman,
            null, null, 0, [], [], new AnswerTimings(0, 0, 0), "none", new TokenUsage(0, 0)), cancellationToken);
    }

    /// <summary>Whether an earlier attempt already finished the answer's visible step: its reply, or its handoff's status change.</summary>
    private Task<bool> IsDeliveredAsync(AnswerResult result, CancellationToken cancellationToken) =>
        poster.IsPostedAsync(result.AnswerId, result.Decision.Replies() ? BotPostParts.Reply : BotPostParts.StatusOpen, cancellationToken);

    /// <summary>Whether Chatwoot cannot have opened the conversation since it handed the bot this message.</summary>
    public bool IsCertain(AnswerMessageJob payload, LeasedJob job) =>
        job.Attempt == 1
        && payload.AcceptedBy == instance.Id
        && payload.AcceptedAt is { } accepted
        && time.GetUtcNow() - accepted < options.Value.LiveStatusCheckAfter;
}
