using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Health;

/// <summary><c>GET /api/ping</c>: liveness with no I/O.</summary>
public sealed class Ping
{
    [Function(nameof(Ping))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ping")] HttpRequest request) =>
        new ContentResult { Content = "pong", ContentType = "text/plain", StatusCode = StatusCodes.Status200OK };
}
