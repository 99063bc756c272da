using Hyyve.Domain.AgentConsole;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>POST /api/projects/{projectId}/conversations/{conversationId}/status</c>: take over (open), hand back (pending) or resolve.</summary>
public sealed class SetConversationStatus(ProjectRoute route, ConsoleActions actions, ILogger<SetConversationStatus> logger)
{
    [Function(nameof(SetConversationStatus))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "projects/{projectId:guid}/conversations/{conversationId:long}/status")] HttpRequest request,
        Guid projectId, long conversationId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
        {
            var body = await JsonBody.ReadAsync<StatusBody>(request, cancellationToken);
            return new OkObjectResult(await actions.SetStatusAsync(projectId, conversationId, body, cancellationToken));
        }, cancellationToken);
}
