namespace Hyyve.Domain.Knowledge;

/// <summary>What an upload answers: indexed at once, or queued as a batch to watch.</summary>
public sealed record IngestionReceipt(string Status, int Documents, int? Chunks, Guid? BatchId, string? Watch)
{
    public static IngestionReceipt From(Guid projectId, IngestionOutcome outcome) => outcome.Batch is { } batch
        ? new IngestionReceipt("queued", outcome.Documents, null, batch.Id, $"/api/projects/{projectId}/documents/batches/{batch.Id}")
        : new IngestionReceipt("indexed", outcome.Documents, outcome.Chunks, null, null);
}

/// <summary>
/// A project's documents with their indexing status counts, and how many chunks have a vector yet: embedding runs in a job
/// after full text, first the chunks (then the project is found by meaning), then their answer sentences (then answering
/// only embeds the question), so <see cref="Embedding"/> is <c>running</c> until both are made for every chunk (<c>done</c>),
/// or <c>off</c>.
/// </summary>
public sealed record DocumentListing(int Total, int Indexed, int Queued, int Failed, int Chunks, int EmbeddedChunks, int SentenceEmbeddedChunks,
    string Embedding,
    IReadOnlyList<DocumentSummary> Documents)
{
    public static DocumentListing From(IReadOnlyList<DocumentSummary> documents, bool embeddingEnabled)
    {
        var (chunks, embedded, sentences) = (documents.Sum(d => d.Chunks), documents.Sum(d => d.EmbeddedChunks), documents.Sum(d => d.SentenceEmbeddedChunks));
        return new DocumentListing(documents.Count, documents.Count(d => d.Status == "indexed"), documents.Count(d => d.Status == "queued"),
            documents.Count(d => d.Status == "failed"), chunks, embedded, sentences,
            !embeddingEnabled ? "off" : Math.Min(embedded, sentences) >= chunks ? "done" : "running", documents);
    }
}

/// <summary>Progress of a large upload.</summary>
public sealed record BatchProgress(Guid BatchId, string Status, int Total, int Indexed, int Failed, int Queued, string? Error,
    DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt)
{
    public static BatchProgress From(IngestionBatch batch) => new(batch.Id, batch.Status, batch.Total, batch.Indexed, batch.Failed,
        batch.Total - batch.Indexed - batch.Failed, batch.Error, batch.CreatedAt, batch.CompletedAt);
}
