using Hyyve.Domain.AgentConsole;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>GET /api/projects/{projectId}/conversations/{conversationId}/messages</c>: the thread with each bot message's RAG metadata.</summary>
public sealed class GetConversationMessages(ProjectRoute route, ConversationThread thread, ILogger<GetConversationMessages> logger)
{
    [Function(nameof(GetConversationMessages))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:guid}/conversations/{conversationId:long}/messages")] HttpRequest request,
        Guid projectId, long conversationId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
            new OkObjectResult(await thread.GetAsync(projectId, conversationId, cancellationToken)), cancellationToken);
}
