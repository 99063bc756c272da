using Hyyve.Domain.AgentConsole;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>GET /api/dashboard</c>: the command center over the caller's projects.</summary>
public sealed class GetDashboard(ApiKeyGate keys, DashboardQuery dashboard, ILogger<GetDashboard> logger)
{
    [Function(nameof(GetDashboard))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request,
        CancellationToken cancellationToken) =>
        keys.RunAsync(request, logger, async caller =>
            new OkObjectResult(await dashboard.GetAsync(ConsoleScope.TenantOf(caller), cancellationToken)), cancellationToken);
}
