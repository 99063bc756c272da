using Hyyve.Domain.AgentConsole;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>POST /api/projects/{projectId}/conversations/{conversationId}/reply</c>: an agent reply or private note, posted with the tenant's user token.</summary>
public sealed class ReplyToConversation(ProjectRoute route, ConsoleActions actions, ILogger<ReplyToConversation> logger)
{
    [Function(nameof(ReplyToConversation))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "projects/{projectId:guid}/conversations/{conversationId:long}/reply")] HttpRequest request,
        Guid projectId, long conversationId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
        {
            var body = await JsonBody.ReadAsync<ReplyBody>(request, cancellationToken);
            return new ObjectResult(await actions.ReplyAsync(projectId, conversationId, body, cancellationToken)) { StatusCode = StatusCodes.Status201Created };
        }, cancellationToken);
}
