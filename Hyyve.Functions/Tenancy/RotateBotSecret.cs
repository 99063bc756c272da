using Hyyve.Domain.Errors;
using Hyyve.Domain.Tenancy;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Tenancy;

/// <summary><c>PUT /api/tenants/{tenantId}/bot-secret</c> (admin or the tenant's key): use the bot's new signing secret; the old one keeps a grace.</summary>
public sealed class RotateBotSecret(BotSecretRotation rotation, ApiKeyGate keys, ILogger<RotateBotSecret> logger)
{
    [Function(nameof(RotateBotSecret))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "tenants/{tenantId:guid}/bot-secret")] HttpRequest request,
        Guid tenantId, CancellationToken cancellationToken) =>
        keys.RunAsync(request, logger, async caller =>
        {
            var body = RequestProblems.RequireBody(await JsonBody.ReadAsync<RotateBotSecretRequest>(request, cancellationToken));
            return new OkObjectResult(await rotation.RotateAsync(caller, tenantId, body, cancellationToken));
        }, cancellationToken);
}
