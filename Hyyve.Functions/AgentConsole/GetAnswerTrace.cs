using Hyyve.Domain.AgentConsole;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>GET /api/projects/{projectId}/answers/{answerId}</c>: what one answer searched, retrieved and cited.</summary>
public sealed class GetAnswerTrace(ProjectRoute route, AnswerTraces traces, ILogger<GetAnswerTrace> logger)
{
    [Function(nameof(GetAnswerTrace))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:guid}/answers/{answerId:guid}")] HttpRequest request,
        Guid projectId, Guid answerId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
            new OkObjectResult(await traces.GetAsync(projectId, answerId, cancellationToken)), cancellationToken);
}
