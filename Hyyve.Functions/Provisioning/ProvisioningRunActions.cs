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

/// <summary>
/// <c>POST /api/provisioning/{runId}/retry</c> (resume a failed run at its failed step) and <c>…/rollback</c> (undo a failed
/// or finished run in reverse), admin key: each moves the run to its next generation and starts that generation's orchestration.
/// </summary>
public sealed class ProvisioningRunActions(ProvisioningRequests provisioning, ApiKeyGate keys, IOptions<JobOptions> jobs,
    ILogger<ProvisioningRunActions> logger)
{
    [Function("RetryProvisioningRun")]
    public Task<IActionResult> RetryAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "provisioning/{runId:guid}/retry")] HttpRequest request,
        Guid runId, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        RunAsync(request, durable, () => provisioning.RetryAsync(runId, cancellationToken), cancellationToken);

    [Function("RollbackProvisioningRun")]
    public Task<IActionResult> RollbackAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "provisioning/{runId:guid}/rollback")] HttpRequest request,
        Guid runId, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        RunAsync(request, durable, () => provisioning.RollbackAsync(runId, cancellationToken), cancellationToken);

    private Task<IActionResult> RunAsync(HttpRequest request, DurableTaskClient durable, Func<Task<ProvisioningRun>> transition,
        CancellationToken cancellationToken) =>
        ProblemResults.HandleAsync(request, logger, async () =>
        {
            if (await keys.DenyUnlessAdminAsync(request, cancellationToken) is { } denied)
            {
                return denied;
            }

            var run = await transition();
            await ProvisioningOrchestration.EnsureStartedAsync(durable, run, jobs.Value, cancellationToken);
            return new AcceptedResult($"/api/provisioning/{run.Id}", run);
        });
}
