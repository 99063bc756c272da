using Hyyve.Domain.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Knowledge;

/// <summary>An upload's answer, the ingestion job of a large batch (<c>knowledge-ingest</c>) and the embedding job of a small one (<c>knowledge-embed</c>).</summary>
public sealed class UploadDocumentsOutput
{
    [HttpResult]
    public required IActionResult Result { get; set; }

    [QueueOutput(JobKinds.IngestDocuments)]
    public string[]? IngestJobs { get; set; }

    /// <summary>The embedding job of a small batch, when an embedding model is configured.</summary>
    [QueueOutput(JobKinds.EmbedChunks)]
    public string[]? EmbedJobs { get; set; }
}
