using Hyyve.Domain.Provisioning;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Provisioning;

/// <summary><c>GET /api/provisioning/{runId}</c> (admin key): the run's steps, what they created, and at the end the result.</summary>
public sealed class GetProvisioningRun(ProvisioningRequests provisioning, ApiKeyGate keys, ILogger<GetProvisioningRun> logger)
{
    [Function(nameof(GetProvisioningRun))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "provisioning/{runId:guid}")] HttpRequest request,
        Guid runId, CancellationToken cancellationToken) =>
        ProblemResults.HandleAsync(request, logger, async () =>
            await keys.DenyUnlessAdminAsync(request, cancellationToken)
            ?? new OkObjectResult(await provisioning.GetAsync(runId, cancellationToken)));
}
