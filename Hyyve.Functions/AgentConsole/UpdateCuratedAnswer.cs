using Hyyve.Domain.Answering.Curated;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>PATCH /api/projects/{projectId}/curated-answers/{curatedId}</c>: edit, approve or retire a curated answer.</summary>
public sealed class UpdateCuratedAnswer(ProjectRoute route, CuratedAnswerStore store, ILogger<UpdateCuratedAnswer> logger)
{
    [Function(nameof(UpdateCuratedAnswer))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "projects/{projectId:guid}/curated-answers/{curatedId:guid}")] HttpRequest request,
        Guid projectId, Guid curatedId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
        {
            var body = await JsonBody.ReadAsync<CuratedAnswerChange>(request, cancellationToken);
            return new OkObjectResult(await store.UpdateAsync(projectId, curatedId, body, cancellationToken));
        }, cancellationToken);
}
