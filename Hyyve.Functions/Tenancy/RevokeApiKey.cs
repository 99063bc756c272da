using Hyyve.Domain.Tenancy;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Tenancy;

/// <summary><c>DELETE /api/tenants/{tenantId}/api-keys/{keyId}</c> (admin or the tenant's key): the key is refused from now on.</summary>
public sealed class RevokeApiKey(TenantApiKeys apiKeys, ApiKeyGate keys, ILogger<RevokeApiKey> logger)
{
    [Function(nameof(RevokeApiKey))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "tenants/{tenantId:guid}/api-keys/{keyId:guid}")] HttpRequest request,
        Guid tenantId, Guid keyId, CancellationToken cancellationToken) =>
        keys.RunAsync(request, logger, async caller =>
        {
            await apiKeys.RevokeAsync(caller, tenantId, keyId, cancellationToken);
            return new NoContentResult();
        }, cancellationToken);
}
