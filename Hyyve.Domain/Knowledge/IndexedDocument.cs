namespace Hyyve.Domain.Knowledge;

/// <summary>A valid document and the chunks cut from it, ready to write; <see cref="Embeddings"/> align with the chunks
/// when an embedding model is configured.</summary>
public sealed record IndexedDocument(ValidDocument Document, IReadOnlyList<ChunkDraft> Chunks, IReadOnlyList<float[]>? Embeddings = null);

/// <summary>One row of the document listing; <see cref="EmbeddedChunks"/> of <see cref="Chunks"/> have a vector so far, and
/// <see cref="SentenceEmbeddedChunks"/> the vectors of their answer sentences too.</summary>
public sealed record DocumentSummary(
    string ExternalId,
    string Title,
    string? Url,
    string ContentType,
    string Status,
    int Chunks,
    string? Error,
    Guid? BatchId,
    DateTimeOffset UpdatedAt,
    int EmbeddedChunks,
    int SentenceEmbeddedChunks);
