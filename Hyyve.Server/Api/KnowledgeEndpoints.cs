using Hyyve.Domain.Errors;
using Hyyve.Domain.Knowledge;
using Hyyve.Domain.Tenancy;

namespace Hyyve.Server.Api;

internal static class KnowledgeEndpoints
{
    /// <summary>Upload, list and delete a project's documents; follow a large upload's batch.</summary>
    public static RouteGroupBuilder MapKnowledgeEndpoints(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/projects/{projectId:guid}/documents").RequireAuthorization(ApiPolicies.AnyKey);

        documents.MapPost("/", async (Guid projectId, DocumentBatchUpload? upload, HttpContext context, ProjectStore projects,
            DocumentIngestion ingestion, CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            var outcome = await ingestion.IngestAsync(projectId, upload, cancellationToken);
            if (outcome.Batch is { } batch)
            {
                var location = $"/api/projects/{projectId}/documents/batches/{batch.Id}";
                return Results.Accepted(location, new { status = "queued", documents = outcome.Documents, batchId = batch.Id, watch = location });
            }

            return Results.Ok(new { status = "indexed", documents = outcome.Documents, chunks = outcome.Chunks });
        });

        documents.MapGet("/", async (Guid projectId, HttpContext context, ProjectStore projects, DocumentStore store,
            CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            var list = await store.ListAsync(projectId, cancellationToken);
            return Results.Ok(new
            {
                total = list.Count,
                indexed = list.Count(d => d.Status == "indexed"),
                queued = list.Count(d => d.Status == "queued"),
                failed = list.Count(d => d.Status == "failed"),
                documents = list,
            });
        });

        documents.MapGet("/batches/{batchId:guid}", async (Guid projectId, Guid batchId, HttpContext context, ProjectStore projects,
            IngestionBatchStore batches, CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            var batch = await batches.FindAsync(projectId, batchId, cancellationToken)
                ?? throw new NotFoundException($"Batch {batchId} was not found in project {projectId}.");
            return Results.Ok(new
            {
                batchId = batch.Id, batch.Status, batch.Total, batch.Indexed, batch.Failed,
                queued = batch.Total - batch.Indexed - batch.Failed, batch.Error, batch.CreatedAt, batch.CompletedAt,
            });
        });

        documents.MapDelete("/{*externalId}", async (Guid projectId, string externalId, HttpContext context, ProjectStore projects,
            DocumentIngestion ingestion, CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            if (!await ingestion.DeleteAsync(projectId, Uri.UnescapeDataString(externalId), cancellationToken))
            {
                throw new NotFoundException($"Document \"{externalId}\" was not found in project {projectId}.");
            }

            return Results.NoContent();
        });
        return api;
    }
}
