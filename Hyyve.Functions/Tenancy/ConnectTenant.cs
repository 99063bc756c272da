using Hyyve.Domain.Tenancy;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Tenancy;

/// <summary><c>POST /api/tenants/connect</c> (admin key): register an existing Chatwoot account and attach Hyyve's bot to its inboxes.</summary>
public sealed class ConnectTenant(TenantConnector connector, ApiKeyGate keys, ILogger<ConnectTenant> logger)
{
    [Function(nameof(ConnectTenant))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/connect")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ProblemResults.HandleAsync(request, logger, async () =>
        {
            if (await keys.DenyUnlessAdminAsync(request, cancellationToken) is { } denied)
            {
                return denied;
            }

            var body = await JsonBody.ReadAsync<ConnectTenantRequest>(request, cancellationToken);
            // Behind the Functions host this address may not be the public one: set Chatwoot__PublicBaseUrl, which wins.
            var result = await connector.ConnectAsync(body, new Uri($"{request.Scheme}://{request.Host}/"), cancellationToken);
            return result.Created ? new CreatedResult($"/api/tenants/{result.TenantId}", result) : new OkObjectResult(result);
        });
}
