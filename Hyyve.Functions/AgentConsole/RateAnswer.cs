using Hyyve.Domain.Answering.Curated;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>POST /api/projects/{projectId}/answers/{answerId}/feedback</c>: up or down, and a corrected answer that becomes a pending curated answer.</summary>
public sealed class RateAnswer(ProjectRoute route, AnswerFeedback feedback, ILogger<RateAnswer> logger)
{
    [Function(nameof(RateAnswer))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "projects/{projectId:guid}/answers/{answerId:guid}/feedback")] HttpRequest request,
        Guid projectId, Guid answerId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
        {
            var body = await JsonBody.ReadAsync<FeedbackBody>(request, cancellationToken);
            return new OkObjectResult(await feedback.RateAsync(projectId, answerId, body, cancellationToken));
        }, cancellationToken);
}
