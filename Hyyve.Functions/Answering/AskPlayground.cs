using Hyyve.Domain.Answering;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Answering;

/// <summary><c>POST /api/projects/{projectId}/ask</c>: the whole answer pipeline without Chatwoot.</summary>
public sealed class AskPlayground(ProjectRoute route, Playground playground, ILogger<AskPlayground> logger)
{
    [Function(nameof(AskPlayground))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "projects/{projectId:guid}/ask")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
        {
            var body = await JsonBody.ReadAsync<AskBody>(request, cancellationToken);
            return new OkObjectResult(await playground.AskAsync(projectId, body, cancellationToken));
        }, cancellationToken);
}
