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

/// <summary><c>POST /api/provisioning/{runId}/retry</c> (admin key): resumes a failed run at its failed step, in a new orchestration.</summary>
public sealed class RetryProvisioningRun(ProvisioningRequests provisioning, ApiKeyGate keys, IOptions<JobOptions> jobs,
    ILogger<RetryProvisioningRun> logger)
{
    [Function(nameof(RetryProvisioningRun))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "provisioning/{runId:guid}/retry")] HttpRequest request,
        Guid runId, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ProblemResults.HandleAsync(request, logger, async () =>
        {
            if (await keys.DenyUnlessAdminAsync(request, cancellationToken) is { } denied)
            {
                return denied;
            }

            var run = await provisioning.RetryAsync(runId, cancellationToken);
            await ProvisioningOrchestration.EnsureStartedAsync(durable, run, jobs.Value, cancellationToken);
            return new AcceptedResult($"/api/provisioning/{run.Id}", run);
        });
}
