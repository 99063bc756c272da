using Hyyve.Domain.Errors;
using Hyyve.Domain.Knowledge;
using Hyyve.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Knowledge;

/// <summary><c>GET /api/projects/{projectId}/documents/batches/{batchId}</c>: progress of a large upload.</summary>
public sealed class GetIngestionBatch(ProjectRoute route, IngestionBatchStore batches, ILogger<GetIngestionBatch> logger)
{
    [Function(nameof(GetIngestionBatch))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:guid}/documents/batches/{batchId:guid}")] HttpRequest request,
        Guid projectId, Guid batchId, CancellationToken cancellationToken) =>
        route.RunAsync(request, projectId, logger, async () =>
        {
            var batch = await batches.FindAsync(projectId, batchId, cancellationToken)
                        ?? throw new NotFoundException($"Batch {batchId} was not found in project {projectId}.");
            return new OkObjectResult(BatchProgress.From(batch));
        }, cancellationToken);
}
