using System.Text.Json;
using Hyyve.Domain.AgentConsole;
using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Reconciliation;
using Hyyve.Domain.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Hyyve.Domain.Telemetry;

namespace Hyyve.Domain.Conversations;

/// <summary>
/// The agent-bot webhook (DESIGN §3.1): verify, parse, map the inbox to a project, record the delivery once, keep
/// the transcript, and queue an answer job when the bot rule holds — all in one transaction, so an acknowledged
/// delivery is never lost and a repeated one changes nothing (it only submits its answer job again, which the job's
/// dedupe key or the idempotent answer job absorbs). No answering happens here.
/// </summary>
public sealed class WebhookIntake(
    NpgsqlDataSource dataSource,
    TenantDirectory directory,
    IJobSink jobs,
    IOptions<ChatwootOptions> options,
    TimeProvider time,
    ILogger<WebhookIntake> logger,
    IConsoleEventSink? consoleEvents = null)
{
    public async Task<IntakeOutcome> AcceptAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        using var activity = HyyveTelemetry.Source.StartActivity("chatwoot intake")?.SetTag("hyyve.tenant.id", delivery.TenantId);
        var outcome = await AcceptGuardedAsync(delivery, cancellationToken);
        HyyveTelemetry.DeliveryAccepted(outcome);
        return outcome;
    }

    private async Task<IntakeOutcome> AcceptGuardedAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            return await AcceptOrThrowAsync(delivery, cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            // Nothing was committed; Chatwoot retries a 500 (and only 429/500), so the delivery is not lost.
            ConversationsLog.DatabaseUnavailable(logger, ex, delivery.TenantId);
            return IntakeOutcome.RetryLater;
        }
    }

    private async Task<IntakeOutcome> AcceptOrThrowAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.Body.Length > options.Value.MaxWebhookBytes)
        {
            return IntakeOutcome.TooLarge;
        }

        var tenant = await directory.GetTenantAsync(delivery.TenantId, fresh: false, cancellationToken);
        if (tenant is null)
        {
            ConversationsLog.UnknownTenant(logger, delivery.TenantId);
            return IntakeOutcome.UnknownTenant;
        }

        if (!IsAuthentic(tenant, delivery)
            && (await directory.GetTenantAsync(delivery.TenantId, fresh: true, cancellationToken) is not { } current || !IsAuthentic(current, delivery)))
        {
            ConversationsLog.Unauthenticated(logger, delivery.TenantId);
            return IntakeOutcome.Unauthorized;
        }

        ChatwootEvent evt;
        try
        {
            evt = ChatwootEventParser.Parse(delivery.Body);
        }
        catch (JsonException ex)
        {
            ConversationsLog.Malformed(logger, delivery.TenantId, ex.Message);
            return IntakeOutcome.Malformed;
        }

        if (evt.ConversationId is null || evt.InboxId is null)
        {
            return IntakeOutcome.Recorded; // webwidget_triggered and the like: nothing to keep.
        }

        var project = await directory.GetProjectByInboxAsync(tenant.Id, evt.InboxId.Value, cancellationToken);
        if (project is null)
        {
            ConversationsLog.UnknownInbox(logger, tenant.Id, evt.InboxId.Value);
            return IntakeOutcome.UnknownInbox;
        }

        return await RecordAsync(tenant.Id, project.Id, evt, DeliveryKey(delivery, evt), cancellationToken);
    }

    private async Task<IntakeOutcome> RecordAsync(Guid tenantId, Guid projectId, ChatwootEvent evt, string deliveryKey,
        CancellationToken cancellationToken)
    {
        var answerJob = evt.WantsReply ? new AnswerMessageJob(tenantId, projectId, evt.ConversationId!.Value, evt.MessageId!.Value) : null;
        var answer = answerJob is null ? null : JobRequest.Create(JobKinds.AnswerMessage, answerJob, JobJsonContext.Default.AnswerMessageJob, answerJob.DedupeKey);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var ledger = new NpgsqlCommand("""
            INSERT INTO hyyve.webhook_deliveries (tenant_id, delivery_key, event) VALUES (@tenant_id, @key, @event)
            ON CONFLICT DO NOTHING
            """, connection, transaction))
        {
            ledger.Parameters.AddWithValue("tenant_id", tenantId);
            ledger.Parameters.AddWithValue("key", deliveryKey);
            ledger.Parameters.AddWithValue("event", evt.Event);
            if (await ledger.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                if (answer is not null)
                {
                    // Chatwoot retries only after a 429/500, i.e. when our earlier answer said something failed. A host
                    // that forwards jobs after commit (Hyyve.Functions) may have recorded the delivery and then failed to
                    // queue its job, so the retry submits it again. The dedupe key makes this a no-op where the job row
                    // exists (PostgreSQL), and the answer job is idempotent where it does not.
                    await jobs.SubmitAsync(answer, transaction, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                return IntakeOutcome.Duplicate;
            }
        }

        await ConversationStore.ApplyEventAsync(transaction, tenantId, projectId, evt, cancellationToken);
        if (evt.IsMessageEvent && evt.MessageId is not null)
        {
            await ConversationStore.AppendMessageAsync(transaction, tenantId, evt, cancellationToken);
        }

        if (answerJob is not null)
        {
            // The reconciler's record of the accepted message, so a job lost after this commit is found and re-submitted.
            await AnswerRequestLedger.RecordAsync(transaction, answerJob, time.GetUtcNow(), cancellationToken);
            await jobs.SubmitAsync(answer!, transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var consoleEvent in consoleEvents is null ? [] : ConsoleEvent.From(tenantId, projectId, evt))
        {
            consoleEvents!.Publish(consoleEvent);
        }

        return answer is null ? IntakeOutcome.Recorded : IntakeOutcome.Queued;
    }

    private bool IsAuthentic(ChatwootTenant tenant, WebhookDelivery delivery)
    {
        if (delivery.Signature is not null || !tenant.AllowUnsigned)
        {
            return tenant.BotSecret is not null && WebhookSignature.Verify(tenant.BotSecret, delivery.Timestamp, delivery.Signature,
                delivery.Body.Span, time.GetUtcNow(), options.Value.SignatureTolerance) == SignatureCheck.Valid;
        }

        // Chatwoot < 4.13 signs nothing; such tenants authenticate with the secret token in their webhook URL.
        return delivery.UrlToken is { Length: > 0 } token && tenant.UrlTokenHash is { } hash && ApiKeyHasher.Matches(token, hash);
    }

    /// <summary><c>X-Chatwoot-Delivery</c> is stable across retries of one event (≥ 4.13); older servers send none.</summary>
    private static string DeliveryKey(WebhookDelivery delivery, ChatwootEvent evt) =>
        delivery.DeliveryId is { Length: > 0 } id
            ? id
            : evt.IsMessageEvent
                ? $"{evt.Event}:{evt.MessageId}"
                : $"{evt.Event}:{evt.ConversationId}:{evt.ConversationStatus}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(delivery.Body.Span))[..16]}";
}
