using Hyyve.Domain.Knowledge.HelpCenter;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.HelpCenter;

/// <summary><c>GET /api/projects/{projectId}/sync/{runId}</c>: one run, with its progress while it runs.</summary>
public sealed class GetSyncRun(ProjectRoute route, SyncRequests requests, ILogger<GetSyncRun> logger)
{
    [Function(nameof(GetSyncRun))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:guid}/sync/{runId:guid}")] HttpRequest request,
        Guid projectId, Guid runId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async project =>
            new OkObjectResult(await requests.GetAsync(project, runId, cancellationToken)), cancellationToken);
}
