using Hyyve.Domain.Answering;
using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Hyyve.Domain.Telemetry;

namespace Hyyve.Domain.Conversations;

/// <summary>
/// The answer job (DESIGN §3.2): skip when the bot no longer owns the conversation, answer from the project's
/// knowledge (or reuse the answer an earlier attempt recorded), then post the reply or hand off. When the job's
/// attempts run out it fails open: a <c>bot_failure</c> handoff.
/// </summary>
public sealed class AnswerMessageJobHandler(
    TenantStore tenants,
    ProjectStore projects,
    ConversationStore conversations,
    IAnswerService answers,
    RagMetadataStore records,
    BotPoster poster,
    HandoffService handoff,
    ConversationOwnership ownership,
    IOptions<AnsweringOptions> options,
    ILogger<AnswerMessageJobHandler> logger) : IJobHandler
{
    public string Kind => JobKinds.AnswerMessage;

    public async Task HandleAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        var (payload, tenant, project) = await LoadAsync(job, cancellationToken);
        var state = await conversations.GetStateAsync(tenant.Id, payload.ConversationId, cancellationToken);
        var question = await conversations.GetMessageTextAsync(tenant.Id, payload.MessageId, cancellationToken) ?? "";
        if (state is null || !state.BotMayAnswer(payload.MessageId))
        {
            ConversationsLog.Skipped(logger, payload.MessageId, payload.ConversationId);
            if (state is { Status: not "pending" })
            {
                await ownership.RecordWithHumanAsync(Request(project.Id, payload, question, []), cancellationToken);
            }

            return;
        }

        var result = await records.FindForMessageAsync(project.Id, payload.ConversationId, payload.MessageId, cancellationToken)
                     ?? await AnswerAndRecordAsync(tenant.Id, project.Id, payload, question, cancellationToken);
        HyyveTelemetry.AnswerDecided(result);
        if (!await ownership.EnsureBotOwnsAsync(tenant, payload, job, result, alwaysCheck: false, cancellationToken))
        {
            return;
        }

        if (result.Decision.Replies())
        {
            await poster.PostOnceAsync(tenant, payload.ConversationId, payload.MessageId, result.AnswerId, BotPostParts.Reply,
                result.Text ?? "", isPrivate: false, ReplyAttributes.ForReply(result), cancellationToken);
            ConversationsLog.Answered(logger, payload.MessageId, payload.ConversationId, result.Confidence);
            return;
        }

        await handoff.HandOffAsync(tenant, project, payload.ConversationId, payload.MessageId, question, result,
            Threshold(project), bestEffort: false, cancellationToken);
    }

    /// <summary>Fail open: whatever broke, the customer gets a human.</summary>
    public async Task OnDeadLetteredAsync(LeasedJob job, string error, CancellationToken cancellationToken)
    {
        var (payload, tenant, project) = await LoadAsync(job, cancellationToken);
        var question = await conversations.GetMessageTextAsync(tenant.Id, payload.MessageId, cancellationToken) ?? "";
        var earlier = await records.FindForMessageAsync(project.Id, payload.ConversationId, payload.MessageId, cancellationToken);
        var failure = new AnswerResult(earlier?.AnswerId ?? Guid.CreateVersion7(), AnswerDecision.Handoff, HandoffReason.BotFailure, null,
            earlier?.Text ?? earlier?.DraftAnswer, earlier?.Confidence ?? 0, [], earlier?.Retrieved ?? [],
            new AnswerTimings(0, 0, 0), earlier?.Model ?? "none", new TokenUsage(0, 0));
        if (earlier is null)
        {
            await records.RecordAsync(Request(project.Id, payload, question, []), failure, cancellationToken);
        }
        else
        {
            await records.MarkBotFailureAsync(earlier.AnswerId, cancellationToken);
        }

        HyyveTelemetry.AnswerDecided(failure);
        bool owned;
        try
        {
            owned = await ownership.EnsureBotOwnsAsync(tenant, payload, job, failure, alwaysCheck: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Chatwoot cannot say whose conversation it is: hand it to humans without a word that could land in theirs.
            ConversationsLog.LiveStatusUnknown(logger, ex, payload.ConversationId);
            await handoff.OpenOnlyAsync(tenant, payload.ConversationId, payload.MessageId, failure, cancellationToken);
            return;
        }

        if (owned)
        {
            await handoff.HandOffAsync(tenant, project, payload.ConversationId, payload.MessageId, question, failure,
                Threshold(project), bestEffort: true, cancellationToken);
        }
    }

    private async Task<AnswerResult> AnswerAndRecordAsync(Guid tenantId, Guid projectId, AnswerMessageJob payload, string question,
        CancellationToken cancellationToken)
    {
        var history = await conversations.GetHistoryAsync(tenantId, payload.ConversationId, payload.MessageId, options.Value.HistoryTurns, cancellationToken);
        var request = Request(projectId, payload, question, history);
        var result = await answers.AnswerAsync(request, cancellationToken);
        await records.RecordAsync(request, result, cancellationToken);
        // Re-read: a concurrent attempt may have recorded first, and every attempt must post the same answer.
        return await records.FindForMessageAsync(projectId, payload.ConversationId, payload.MessageId, cancellationToken) ?? result;
    }

    private static AnswerRequest Request(Guid projectId, AnswerMessageJob payload, string question, IReadOnlyList<ConversationTurn> history) =>
        new(projectId, question, history, AnswerOrigin.Chatwoot, payload.ConversationId, payload.MessageId);

    private double Threshold(Project project) => project.ConfidenceThreshold ?? options.Value.ConfidenceThreshold;

    private async Task<(AnswerMessageJob Payload, ChatwootTenant Tenant, Project Project)> LoadAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        var payload = job.Read(JobJsonContext.Default.AnswerMessageJob);
        var tenant = await tenants.FindAsync(payload.TenantId, cancellationToken)
                     ?? throw new PermanentJobException($"Tenant {payload.TenantId} no longer exists.");
        var project = await projects.FindProjectAsync(payload.ProjectId, cancellationToken)
                      ?? throw new PermanentJobException($"Project {payload.ProjectId} no longer exists.");
        return (payload, tenant, project);
    }
}
