using Hyyve.Domain.Errors;
using Hyyve.Domain.Knowledge;
using Hyyve.Domain.Tenancy;
using Hyyve.Server.Api.OpenApi;

namespace Hyyve.Server.Api;

internal static class KnowledgeEndpoints
{
    /// <summary>Upload, list and delete a project's documents; follow a large upload's batch.</summary>
    public static RouteGroupBuilder MapKnowledgeEndpoints(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/projects/{projectId:guid}/documents").RequireAuthorization(ApiPolicies.AnyKey)
            .WithTags("Knowledge").ProducesKeyProblems();

        documents.MapPost("/", async (Guid projectId, DocumentBatchUpload? upload, HttpContext context, ProjectStore projects,
            DocumentIngestion ingestion, CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            var receipt = IngestionReceipt.From(projectId, await ingestion.IngestAsync(projectId, upload, cancellationToken));
            return receipt.Watch is { } watch ? Results.Accepted(watch, receipt) : Results.Ok(receipt);
        }).WithName("UploadDocuments").Accepts<DocumentBatchUpload>("application/json")
            .Produces<IngestionReceipt>().Produces<IngestionReceipt>(StatusCodes.Status202Accepted).ProducesValidationProblem();

        documents.MapGet("/", async (Guid projectId, HttpContext context, ProjectStore projects, DocumentStore store,
            ChunkEmbedder embedder, CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            return Results.Ok(DocumentListing.From(await store.ListAsync(projectId, cancellationToken), embedder.IsEnabled));
        }).WithName("ListDocuments").Produces<DocumentListing>();

        documents.MapGet("/batches/{batchId:guid}", async (Guid projectId, Guid batchId, HttpContext context, ProjectStore projects,
            IngestionBatchStore batches, CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            var batch = await batches.FindAsync(projectId, batchId, cancellationToken)
                ?? throw new NotFoundException($"Batch {batchId} was not found in project {projectId}.");
            return Results.Ok(BatchProgress.From(batch));
        }).WithName("GetIngestionBatch").Produces<BatchProgress>();

        documents.MapDelete("/{*externalId}", async (Guid projectId, string externalId, HttpContext context, ProjectStore projects,
            DocumentIngestion ingestion, CancellationToken cancellationToken) =>
        {
            await projects.GetVisibleProjectAsync(projectId, context.ApiKey(), cancellationToken);
            if (!await ingestion.DeleteAsync(projectId, Uri.UnescapeDataString(externalId), cancellationToken))
            {
                throw new NotFoundException($"Document \"{externalId}\" was not found in project {projectId}.");
            }

            return Results.NoContent();
        }).WithName("DeleteDocument").Produces(StatusCodes.Status204NoContent);
        return api;
    }
}
