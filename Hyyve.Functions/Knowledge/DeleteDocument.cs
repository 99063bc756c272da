using Hyyve.Domain.Errors;
using Hyyve.Domain.Knowledge;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Knowledge;

/// <summary><c>DELETE /api/projects/{projectId}/documents/{externalId}</c>: removes a document and its chunks.</summary>
public sealed class DeleteDocument(ProjectRoute route, DocumentIngestion ingestion, ILogger<DeleteDocument> logger)
{
    [Function(nameof(DeleteDocument))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "projects/{projectId:guid}/documents/{*externalId}")] HttpRequest request,
        Guid projectId, string externalId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
        {
            return await ingestion.DeleteAsync(projectId, Uri.UnescapeDataString(externalId), cancellationToken)
                ? new NoContentResult()
                : throw new NotFoundException($"Document \"{externalId}\" was not found in project {projectId}.");
        }, cancellationToken);
}
