using Hyyve.Domain.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Knowledge;

/// <summary>An upload's answer, and the ingestion job of a large batch for the <c>knowledge-ingest</c> queue.</summary>
public sealed class UploadDocumentsOutput
{
    [HttpResult]
    public required IActionResult Result { get; set; }

    [QueueOutput(JobKinds.IngestDocuments)]
    public string[]? IngestJobs { get; set; }
}
