using Hyyve.Domain.Jobs;
using Hyyve.Domain.Knowledge;
using Hyyve.Domain.Tenancy;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Knowledge;

/// <summary><c>POST /api/projects/{projectId}/documents</c>: small batches are indexed at once; large ones leave as a queue job.</summary>
public sealed class UploadDocuments(ApiKeyGate keys, ProjectStore projects, DocumentIngestion ingestion, CollectingJobSink jobs,
    ILogger<UploadDocuments> logger)
{
    [Function(nameof(UploadDocuments))]
    public async Task<UploadDocumentsOutput> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "projects/{projectId:guid}/documents")] HttpRequest request,
        Guid projectId, CancellationToken cancellationToken)
    {
        var result = await ProblemResults.HandleAsync(request, logger, async () =>
        {
            var (caller, denied) = await keys.AuthenticateAsync(request, cancellationToken);
            if (denied is not null)
            {
                return denied;
            }

            await projects.GetVisibleProjectAsync(projectId, caller!, cancellationToken);
            var upload = await JsonBody.ReadAsync<DocumentBatchUpload>(request, cancellationToken);
            var receipt = IngestionReceipt.From(projectId, await ingestion.IngestAsync(projectId, upload, cancellationToken));
            return receipt.Watch is { } watch ? new AcceptedResult(watch, receipt) : new OkObjectResult(receipt);
        });
        var ingestJobs = jobs.PayloadsFor(JobKinds.IngestDocuments);
        return new UploadDocumentsOutput { Result = result, IngestJobs = ingestJobs.Length == 0 ? null : ingestJobs };
    }
}
