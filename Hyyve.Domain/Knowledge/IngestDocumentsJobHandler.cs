using Hyyve.Domain.Jobs;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Indexes a queued batch a page at a time, each page in its own transaction, so progress shows in the listing
/// and a retry resumes with the documents still queued.
/// </summary>
internal sealed class IngestDocumentsJobHandler(
    NpgsqlDataSource dataSource,
    IngestionBatchStore batches,
    DocumentStore documents,
    TextChunker chunker,
    ChunkEmbedder embedder,
    KnowledgeChanges changes,
    IKnowledgeIndexWriter indexWriter,
    IJobSink jobs,
    ILogger<IngestDocumentsJobHandler> logger) : IJobHandler
{
    private const int PageSize = 100;

    public string Kind => JobKinds.IngestDocuments;

    public async Task HandleAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        var payload = job.Read(KnowledgeJsonContext.Default.IngestDocumentsJob);
        await batches.UpdateAsync(payload.BatchId, "running", 0, 0, null, null, cancellationToken);
        while (await batches.NextQueuedAsync(payload.BatchId, PageSize, cancellationToken) is { Count: > 0 } page)
        {
            var indexed = new List<IndexedDocument>();
            var failures = new List<(Guid Id, string Error)>();
            foreach (var (id, document) in page)
            {
                try
                {
                    indexed.Add(new IndexedDocument(document, chunker.Chunk(document)));
                }
                catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
                {
                    // One unreadable document must not hold back the rest; it is reported in the listing.
                    KnowledgeLog.DocumentFailed(logger, ex, payload.ProjectId, document.ExternalId);
                    failures.Add((id, ex.Message));
                }
            }

            var embedded = await embedder.EmbedAsync(indexed, cancellationToken);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var ids = page.ToDictionary(p => p.Document.ExternalId, p => p.Id, StringComparer.Ordinal);
            await documents.WriteChunksAsync(payload.ProjectId, embedded, ids, transaction, cancellationToken);
            await indexWriter.ReplaceAsync(payload.ProjectId, embedded, cancellationToken);
            foreach (var (id, error) in failures)
            {
                await batches.MarkFailedAsync(id, error, transaction, cancellationToken);
            }

            await batches.UpdateAsync(payload.BatchId, "running", indexed.Count, failures.Count, null, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            changes.Changed(payload.ProjectId);
        }

        await documents.AnalyzeAsync(cancellationToken);
        if (embedder.IsEnabled)
        {
            // The chunks have their vectors; their answer sentences' follow in the embedding job.
            await jobs.SubmitAsync(JobRequest.Create(JobKinds.EmbedChunks, new EmbedChunksJob(payload.ProjectId),
                KnowledgeJsonContext.Default.EmbedChunksJob), null, cancellationToken);
        }

        await batches.UpdateAsync(payload.BatchId, "succeeded", 0, 0, null, null, cancellationToken);
    }

    public Task OnDeadLetteredAsync(LeasedJob job, string error, CancellationToken cancellationToken)
    {
        var payload = job.Read(KnowledgeJsonContext.Default.IngestDocumentsJob);
        return batches.UpdateAsync(payload.BatchId, "failed", 0, 0, error, null, cancellationToken);
    }
}
