using Hyyve.Domain.AgentConsole;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.AgentConsole;

/// <summary><c>GET /api/projects/{projectId}/conversations?status=&amp;page=&amp;pageSize=</c>: the project's conversations, most recently active first.</summary>
public sealed class ListConversations(ProjectRoute route, ConversationList list, ILogger<ListConversations> logger)
{
    [Function(nameof(ListConversations))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:guid}/conversations")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () => new OkObjectResult(await list.ListAsync(projectId,
            request.Query["status"].FirstOrDefault(), QueryValues.Number(request, "page"), QueryValues.Number(request, "pageSize"), cancellationToken)),
            cancellationToken);
}
