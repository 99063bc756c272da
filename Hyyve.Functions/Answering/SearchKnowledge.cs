using Hyyve.Domain.Knowledge;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Answering;

/// <summary><c>GET /api/projects/{projectId}/search?q=&amp;k=</c>: plain retrieval, for inspection.</summary>
public sealed class SearchKnowledge(ProjectRoute route, KnowledgeSearch search, ILogger<SearchKnowledge> logger)
{
    [Function(nameof(SearchKnowledge))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:guid}/search")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
        {
            var k = KnowledgeSearch.K.Parse(request.Query["k"]);
            return new OkObjectResult(await search.SearchAsync(projectId, request.Query["q"], k, cancellationToken));
        }, cancellationToken);
}
