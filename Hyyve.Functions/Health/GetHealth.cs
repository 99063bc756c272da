using Hyyve.Domain.Health;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Health;

/// <summary><c>GET /api/health</c>: 200 when healthy, 503 otherwise; open to anyone (no secrets in it).</summary>
public sealed class GetHealth(HealthService health, ILogger<GetHealth> logger)
{
    [Function(nameof(GetHealth))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ProblemResults.HandleAsync(request, logger, async () =>
        {
            var report = await health.CheckAsync(cancellationToken);
            return new ObjectResult(report) { StatusCode = report.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable };
        });
}
