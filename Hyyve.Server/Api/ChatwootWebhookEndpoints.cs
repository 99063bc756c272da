using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Conversations;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Hyyve.Server.Api.OpenApi;

namespace Hyyve.Server.Api;

internal static class ChatwootWebhookEndpoints
{
    /// <summary><c>POST /api/chatwoot/bot/{tenantId}</c>: Chatwoot's agent-bot webhook. Answers in milliseconds; the work is queued.</summary>
    public static RouteGroupBuilder MapChatwootWebhookEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/chatwoot/bot/{tenantId:guid}", async (Guid tenantId, HttpRequest request, WebhookIntake intake,
            IOptions<ChatwootOptions> options, CancellationToken cancellationToken) =>
        {
            var body = await WebhookBody.ReadAsync(request.Body, request.ContentLength, options.Value.MaxWebhookBytes, cancellationToken);
            var delivery = WebhookDelivery.FromRequest(tenantId, body ?? ReadOnlyMemory<byte>.Empty, name => Header(request, name),
                request.Query["token"].FirstOrDefault());
            var outcome = body is null ? IntakeOutcome.TooLarge : await intake.AcceptAsync(delivery, cancellationToken);
            return IntakeProblems.For(outcome, tenantId, options.Value) is { } problem
                ? problem.ToResult()
                : Results.Json(new IntakeAnswer(outcome.ToString()), statusCode: outcome.ToHttpStatus());
        }).AllowAnonymous().WithName("ChatwootBotWebhook").WithTags("Chatwoot")
            .WithDescription("Chatwoot's agent-bot webhook, signed with X-Chatwoot-Signature (HMAC-SHA256 of timestamp.body). "
                + "Answers in milliseconds; the answer is queued. An unknown inbox is 200 (a warning), never a retry.")
            .Accepts<JsonElement>("application/json")
            .Produces<IntakeAnswer>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;
}
