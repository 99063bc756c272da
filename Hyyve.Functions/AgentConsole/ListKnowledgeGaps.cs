using Hyyve.Domain.Answering.Curated;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>GET /api/projects/{projectId}/gaps</c>: questions handed off for missing knowledge, grouped by similarity.</summary>
public sealed class ListKnowledgeGaps(ProjectRoute route, KnowledgeGaps gaps, ILogger<ListKnowledgeGaps> logger)
{
    [Function(nameof(ListKnowledgeGaps))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:guid}/gaps")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
            new OkObjectResult(await gaps.ListAsync(projectId, cancellationToken)), cancellationToken);
}
