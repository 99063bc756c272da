using Hyyve.Domain.Answering.Curated;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>GET /api/projects/{projectId}/curated-answers?status=</c>: the project's curated answers.</summary>
public sealed class ListCuratedAnswers(ProjectRoute route, CuratedAnswerStore store, ILogger<ListCuratedAnswers> logger)
{
    [Function(nameof(ListCuratedAnswers))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:guid}/curated-answers")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
            new OkObjectResult(await store.ListAsync(projectId, request.Query["status"].FirstOrDefault(), cancellationToken)), cancellationToken);
}
