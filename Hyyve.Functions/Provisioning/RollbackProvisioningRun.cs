using Hyyve.Domain.Jobs;
using Hyyve.Domain.Provisioning;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Functions.Provisioning;

/// <summary><c>POST /api/provisioning/{runId}/rollback</c> (admin key): undoes a failed or finished run, step by step in reverse, in a new orchestration.</summary>
public sealed class RollbackProvisioningRun(ProvisioningRequests provisioning, ApiKeyGate keys, IOptions<JobOptions> jobs,
    ILogger<RollbackProvisioningRun> logger)
{
    [Function(nameof(RollbackProvisioningRun))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "provisioning/{runId:guid}/rollback")] HttpRequest request,
        Guid runId, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ProblemResults.HandleAsync(request, logger, async () =>
        {
            if (await keys.DenyUnlessAdminAsync(request, cancellationToken) is { } denied)
            {
                return denied;
            }

            var run = await provisioning.RollbackAsync(runId, cancellationToken);
            await ProvisioningOrchestration.EnsureStartedAsync(durable, run, jobs.Value, cancellationToken);
            return new AcceptedResult($"/api/provisioning/{run.Id}", run);
        });
}
