namespace Hyyve.Domain.Knowledge;

/// <summary>A valid document and the chunks cut from it, ready to write.</summary>
public sealed record IndexedDocument(ValidDocument Document, IReadOnlyList<ChunkDraft> Chunks);

/// <summary>One row of the document listing.</summary>
public sealed record DocumentSummary(
    string ExternalId,
    string Title,
    string? Url,
    string ContentType,
    string Status,
    int Chunks,
    string? Error,
    Guid? BatchId,
    DateTimeOffset UpdatedAt);
