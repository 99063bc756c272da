using Hyyve.Domain.Answering.Curated;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>POST /api/projects/{projectId}/curated-answers</c>: a curated answer, pending approval.</summary>
public sealed class CreateCuratedAnswer(ProjectRoute route, CuratedAnswerStore store, ILogger<CreateCuratedAnswer> logger)
{
    [Function(nameof(CreateCuratedAnswer))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "projects/{projectId:guid}/curated-answers")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
        {
            var body = await JsonBody.ReadAsync<NewCuratedAnswer>(request, cancellationToken);
            return new ObjectResult(await store.CreateAsync(projectId, body, null, cancellationToken)) { StatusCode = StatusCodes.Status201Created };
        }, cancellationToken);
}
