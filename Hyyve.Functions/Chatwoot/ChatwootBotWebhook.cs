using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Conversations;
using Hyyve.Domain.Errors;
using Hyyve.Domain.Jobs;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Functions.Chatwoot;

/// <summary>
/// <c>POST /api/chatwoot/bot/{tenantId}</c>: Chatwoot's agent-bot webhook, the same intake as Hyyve.Server. The answer
/// job collected during intake leaves through the queue output, which the runtime writes only after a normal return,
/// i.e. after intake committed. See the README ("Run as an Azure Functions app") for what happens when that write fails.
/// </summary>
public sealed class ChatwootBotWebhook(WebhookIntake intake, CollectingJobSink jobs, IOptions<ChatwootOptions> options,
    ILogger<ChatwootBotWebhook> logger)
{
    [Function(nameof(ChatwootBotWebhook))]
    public async Task<ChatwootBotWebhookOutput> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "chatwoot/bot/{tenantId:guid}")] HttpRequest request,
        Guid tenantId, CancellationToken cancellationToken)
    {
        try
        {
            var body = await WebhookBody.ReadAsync(request.Body, request.ContentLength, options.Value.MaxWebhookBytes, cancellationToken);
            var delivery = WebhookDelivery.FromRequest(tenantId, body ?? ReadOnlyMemory<byte>.Empty,
                name => request.Headers.TryGetValue(name, out var value) ? value.ToString() : null, request.Query["token"].FirstOrDefault());
            var outcome = body is null ? IntakeOutcome.TooLarge : await intake.AcceptAsync(delivery, cancellationToken);
            // Only a committed intake may forward its job; after RetryLater the transaction was rolled back.
            var answerJobs = outcome is IntakeOutcome.Queued or IntakeOutcome.Duplicate ? jobs.PayloadsFor(JobKinds.AnswerMessage) : [];
            return new ChatwootBotWebhookOutput
            {
                Result = IntakeProblems.For(outcome, tenantId, options.Value) is { } problem
                    ? ProblemResults.From(problem)
                    : new ObjectResult(new { outcome = outcome.ToString() }) { StatusCode = outcome.ToHttpStatus() },
                AnswerJobs = answerJobs.Length == 0 ? null : answerJobs,
            };
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // 500 is what Chatwoot retries (DESIGN §3.1); nothing was queued, and the retry submits the job again even
            // when this delivery was already recorded (WebhookIntake), so the message is not lost.
            logger.LogError(ex, "Webhook for tenant {TenantId} failed; answering 500 so Chatwoot retries", tenantId);
            return new ChatwootBotWebhookOutput
            {
                Result = ProblemResults.From(IntakeProblems.For(IntakeOutcome.RetryLater, tenantId, options.Value)!),
            };
        }
    }
}
