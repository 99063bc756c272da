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

/// <summary><c>POST /api/tenants</c> (admin key): stores the run and starts its orchestration; a repeated
/// <c>Idempotency-Key</c> answers 200 with the run it started and starts nothing new.</summary>
public sealed class ProvisionTenant(ProvisioningRequests provisioning, ApiKeyGate keys, IOptions<JobOptions> jobs, ILogger<ProvisionTenant> logger)
{
    [Function(nameof(ProvisionTenant))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ProblemResults.HandleAsync(request, logger, async () =>
        {
            if (await keys.DenyUnlessAdminAsync(request, cancellationToken) is { } denied)
            {
                return denied;
            }

            var body = await JsonBody.ReadAsync<ProvisionTenantRequest>(request, cancellationToken);
            var (run, created) = await provisioning.StartAsync(body, request.Headers["Idempotency-Key"].FirstOrDefault(),
                new Uri($"{request.Scheme}://{request.Host}/"), cancellationToken);
            await ProvisioningOrchestration.EnsureStartedAsync(durable, run, jobs.Value, cancellationToken);
            return created ? new AcceptedResult($"/api/provisioning/{run.Id}", run) : new OkObjectResult(run);
        });
}
