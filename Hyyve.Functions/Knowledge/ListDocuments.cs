using Hyyve.Domain.Knowledge;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Knowledge;

/// <summary><c>GET /api/projects/{projectId}/documents</c>: documents with chunk counts and indexing status.</summary>
public sealed class ListDocuments(ProjectRoute route, DocumentStore store, ChunkEmbedder embedder, ILogger<ListDocuments> logger)
{
    [Function(nameof(ListDocuments))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:guid}/documents")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
        {
            return new OkObjectResult(DocumentListing.From(await store.ListAsync(projectId, cancellationToken), embedder.IsEnabled));
        }, cancellationToken);
}
