using Hyyve.Domain.Errors;
using Hyyve.Domain.Tenancy;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Tenancy;

/// <summary><c>POST /api/tenants/{tenantId}/api-keys</c> (admin or the tenant's key): a new tenant API key, shown once.</summary>
public sealed class IssueApiKey(TenantApiKeys apiKeys, ApiKeyGate keys, ILogger<IssueApiKey> logger)
{
    [Function(nameof(IssueApiKey))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/{tenantId:guid}/api-keys")] HttpRequest request,
        Guid tenantId, CancellationToken cancellationToken) =>
        keys.RunAsync(request, logger, async caller =>
        {
            var body = RequestProblems.RequireBody(await JsonBody.ReadAsync<IssueApiKeyRequest>(request, cancellationToken));
            var issued = await apiKeys.IssueAsync(caller, tenantId, body, cancellationToken);
            return new CreatedResult($"/api/tenants/{tenantId}/api-keys/{issued.Id}", issued);
        }, cancellationToken);
}
