using Hyyve.Domain.AgentConsole;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>GET /api/projects/{projectId}/conversations/{conversationId}/insights</c>: confidence, coverage, top sources, sentiment.</summary>
public sealed class GetConversationInsights(ProjectRoute route, ConversationInsights insights, ILogger<GetConversationInsights> logger)
{
    [Function(nameof(GetConversationInsights))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:guid}/conversations/{conversationId:long}/insights")] HttpRequest request,
        Guid projectId, long conversationId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
            new OkObjectResult(await insights.GetAsync(projectId, conversationId, cancellationToken)), cancellationToken);
}
