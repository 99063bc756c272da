using Hyyve.Domain.AgentConsole;
using Hyyve.Domain.Tenancy;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>GET /api/hitl?projectId=</c>: handed-off conversations waiting for a human, oldest first.</summary>
public sealed class GetHitlQueue(ApiKeyGate keys, ProjectStore projects, HitlQueue queue, ILogger<GetHitlQueue> logger)
{
    [Function(nameof(GetHitlQueue))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "hitl")] HttpRequest request,
        CancellationToken cancellationToken) =>
        keys.RunAsync(request, logger, async caller =>
        {
            var projectId = QueryValues.Guid(request, "projectId");
            if (projectId is { } id)
            {
                await projects.GetVisibleProjectAsync(id, caller, cancellationToken);
            }

            return new OkObjectResult(await queue.ListAsync(ConsoleScope.TenantOf(caller), projectId, cancellationToken));
        }, cancellationToken);
}
