using Hyyve.Domain.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Accepts a batch of documents for a project: validates all of it first, then either indexes it in one
/// transaction (small batches) or stores it as queued with a batch row and a job in one transaction (large ones).
/// </summary>
public sealed class DocumentIngestion(
    NpgsqlDataSource dataSource,
    DocumentValidator validator,
    TextChunker chunker,
    ChunkEmbedder embedder,
    DocumentStore documents,
    IngestionBatchStore batches,
    IJobSink jobs,
    KnowledgeChanges changes,
    IKnowledgeIndexWriter indexWriter,
    IOptions<KnowledgeOptions> options,
    ILogger<DocumentIngestion> logger)
{
    // Fresh statistics let the planner count term frequencies through the GIN index instead of scanning the project.
    private const int AnalyzeAfterChunks = 100;

    public async Task<IngestionOutcome> IngestAsync(Guid projectId, DocumentBatchUpload? upload, CancellationToken cancellationToken)
    {
        var valid = validator.Validate(upload);
        // Full text is indexed at once; embeddings follow in a job, so a request never waits for the model. An external
        // index (Azure AI Search) takes each chunk's vector with the chunk, so there the vectors are computed first.
        var embedNow = indexWriter is not NoKnowledgeIndexWriter;
        var indexed = valid.Count > options.Value.SynchronousBatchLimit
            ? []
            : valid.Select(d => new IndexedDocument(d, chunker.Chunk(d))).ToList();
        if (embedNow)
        {
            indexed = [.. await embedder.EmbedAsync(indexed, cancellationToken)];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        IngestionOutcome outcome;
        if (valid.Count > options.Value.SynchronousBatchLimit)
        {
            var batch = await batches.CreateAsync(projectId, valid.Count, transaction, cancellationToken);
            await documents.UpsertAsync(projectId, valid, "queued", batch.Id, transaction, cancellationToken);
            await jobs.SubmitAsync(JobRequest.Create(JobKinds.IngestDocuments, new IngestDocumentsJob(projectId, batch.Id),
                KnowledgeJsonContext.Default.IngestDocumentsJob, $"ingest:{batch.Id}"), transaction, cancellationToken);
            outcome = new IngestionOutcome(valid.Count, 0, batch);
        }
        else
        {
            var ids = await documents.UpsertAsync(projectId, valid, "indexed", null, transaction, cancellationToken);
            await documents.WriteChunksAsync(projectId, indexed, ids, transaction, cancellationToken);
            await indexWriter.ReplaceAsync(projectId, indexed, cancellationToken);
            outcome = new IngestionOutcome(valid.Count, indexed.Sum(d => d.Chunks.Count), null);
            // With an external index the chunks have their vectors already; the job then embeds their answer sentences.
            if (embedder.IsEnabled && outcome.Chunks > 0)
            {
                await jobs.SubmitAsync(JobRequest.Create(JobKinds.EmbedChunks, new EmbedChunksJob(projectId),
                    KnowledgeJsonContext.Default.EmbedChunksJob), transaction, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        if (outcome.Chunks >= AnalyzeAfterChunks)
        {
            await documents.AnalyzeAsync(cancellationToken);
        }

        changes.Changed(projectId);
        KnowledgeLog.DocumentsAccepted(logger, projectId, outcome.Documents, outcome.Chunks, outcome.Batch?.Id);
        return outcome;
    }

    public async Task<bool> DeleteAsync(Guid projectId, string externalId, CancellationToken cancellationToken)
    {
        if (externalId.StartsWith(HelpCenter.ArticleDocument.ExternalIdPrefix, StringComparison.Ordinal))
        {
            // The next sync would bring it back; the article's state in Chatwoot is what decides.
            throw new Errors.ConflictException(
                $"Document \"{externalId}\" is synced from the Help Center; unpublish or delete the article in Chatwoot and sync again.");
        }

        // The external index first: should the database delete fail, a repeated DELETE still finds the document.
        await indexWriter.DeleteDocumentAsync(projectId, externalId, cancellationToken);
        var deleted = await documents.DeleteAsync(projectId, externalId, cancellationToken);
        changes.Changed(projectId);
        return deleted;
    }
}
