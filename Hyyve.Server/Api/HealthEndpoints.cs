using Hyyve.Domain.Health;
using Hyyve.Server.Api.OpenApi;

namespace Hyyve.Server.Api;

internal static class HealthEndpoints
{
    /// <summary><c>GET /api/health</c>: 200 when healthy, 503 otherwise; open to anyone (no secrets in it).</summary>
    public static RouteGroupBuilder MapHealthEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/health", async (HealthService health, CancellationToken cancellationToken) =>
        {
            var report = await health.CheckAsync(cancellationToken);
            return Results.Json(report, statusCode: report.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous().WithName("GetHealth").WithTags("Operations")
            .Produces<HealthReport>().Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
        // No I/O at all: a liveness probe, and the baseline the intake benchmark compares against.
        api.MapGet("/ping", () => Results.Text("pong")).AllowAnonymous().WithName("Ping").WithTags("Operations")
            .Produces<string>(contentType: "text/plain");
        return api;
    }
}
