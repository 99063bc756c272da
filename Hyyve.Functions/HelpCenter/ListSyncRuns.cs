using Hyyve.Domain.Knowledge.HelpCenter;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.HelpCenter;

/// <summary><c>GET /api/projects/{projectId}/sync?limit=</c>: the portal, the schedule and the latest runs.</summary>
public sealed class ListSyncRuns(ProjectRoute route, SyncRequests requests, ILogger<ListSyncRuns> logger)
{
    [Function(nameof(ListSyncRuns))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:guid}/sync")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async project =>
            new OkObjectResult(await requests.ListAsync(project, SyncRequests.Limit.Parse(request.Query["limit"]), cancellationToken)),
            cancellationToken);
}
