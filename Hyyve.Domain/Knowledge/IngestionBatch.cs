namespace Hyyve.Domain.Knowledge;

/// <summary>Progress of a document batch indexed by a job: <c>queued</c>, <c>running</c>, <c>succeeded</c> or <c>failed</c>.</summary>
public sealed record IngestionBatch(Guid Id, Guid ProjectId, string Status, int Total, int Indexed, int Failed, string? Error,
    DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);

/// <summary>What a POST of documents did: indexed now (<see cref="Batch"/> null), or queued as a batch to watch.</summary>
public sealed record IngestionOutcome(int Documents, int Chunks, IngestionBatch? Batch);

/// <summary>Payload of <see cref="Jobs.JobKinds.IngestDocuments"/>.</summary>
public sealed record IngestDocumentsJob(Guid ProjectId, Guid BatchId);

/// <summary>Job payload: embed the project's chunks that have no vector yet.</summary>
public sealed record EmbedChunksJob(Guid ProjectId);
