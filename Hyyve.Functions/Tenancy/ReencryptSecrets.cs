using Hyyve.Domain.Tenancy;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Tenancy;

/// <summary><c>POST /api/admin/secrets/reencrypt</c> (admin key): encrypt every stored secret with the current key.</summary>
public sealed class ReencryptSecrets(SecretReencryption reencryption, ApiKeyGate keys, ILogger<ReencryptSecrets> logger)
{
    [Function(nameof(ReencryptSecrets))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/secrets/reencrypt")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ProblemResults.HandleAsync(request, logger, async () =>
            await keys.DenyUnlessAdminAsync(request, cancellationToken)
            ?? new OkObjectResult(await reencryption.ReencryptAllAsync(cancellationToken)));
}
