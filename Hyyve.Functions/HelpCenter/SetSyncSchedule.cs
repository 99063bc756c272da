using Hyyve.Domain.Knowledge.HelpCenter;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.HelpCenter;

/// <summary><c>PUT /api/projects/{projectId}/sync/schedule</c> <c>{"schedule":"0 */15 * * * *"}</c> (empty: the default).</summary>
public sealed class SetSyncSchedule(ProjectRoute route, SyncRequests requests, ILogger<SetSyncSchedule> logger)
{
    [Function(nameof(SetSyncSchedule))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "projects/{projectId:guid}/sync/schedule")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async project =>
        {
            var body = await JsonBody.ReadAsync<SyncScheduleRequest>(request, cancellationToken);
            return new OkObjectResult(await requests.SetScheduleAsync(project, body, cancellationToken));
        }, cancellationToken);
}
