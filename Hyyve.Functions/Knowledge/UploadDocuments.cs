using Hyyve.Domain.Jobs;
using Hyyve.Domain.Knowledge;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Knowledge;

/// <summary><c>POST /api/projects/{projectId}/documents</c>: small batches are indexed at once; large ones leave as a queue job.</summary>
public sealed class UploadDocuments(ProjectRoute route, DocumentIngestion ingestion, CollectingJobSink jobs,
    ILogger<UploadDocuments> logger)
{
    [Function(nameof(UploadDocuments))]
    public async Task<UploadDocumentsOutput> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "projects/{projectId:guid}/documents")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken)
    {
        var result = await route.RunAsync(request, projectId, logger, async () =>
        {
            var upload = await JsonBody.ReadAsync<DocumentBatchUpload>(request, cancellationToken);
            var receipt = IngestionReceipt.From(projectId, await ingestion.IngestAsync(projectId, upload, cancellationToken));
            return receipt.Watch is { } watch ? new AcceptedResult(watch, receipt) : new OkObjectResult(receipt);
        }, cancellationToken);
        // A failed upload rolled its transaction back, so a job it collected names a batch that does not exist.
        var committed = result is ObjectResult { StatusCode: >= 200 and < 300 };
        var ingestJobs = committed ? jobs.PayloadsFor(JobKinds.IngestDocuments, JobKinds.EmbedChunks) : [];
        var embedJobs = committed ? jobs.PayloadsFor(JobKinds.EmbedChunks, JobKinds.IngestDocuments) : [];
        return new UploadDocumentsOutput
        {
            Result = result,
            IngestJobs = ingestJobs.Length == 0 ? null : ingestJobs,
            EmbedJobs = embedJobs.Length == 0 ? null : embedJobs,
        };
    }
}
