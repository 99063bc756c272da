using System.Collections.Concurrent;
using Npgsql;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Cosine ranking of a project's chunk embeddings, in process (pgvector is not assumed). Vectors are loaded once
/// per project and kept until the project's knowledge changes here or <see cref="MaxAge"/> passes (another process's writes).
/// </summary>
public sealed class VectorIndex(NpgsqlDataSource dataSource, KnowledgeChanges changes, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<Guid, Snapshot> _projects = new();

    /// <summary>The best chunk of each document by cosine similarity to <paramref name="query"/>, best first.</summary>
    public async Task<IReadOnlyList<VectorHit>> RankAsync(Guid projectId, string? entity, float[] query, int documents,
        CancellationToken cancellationToken)
    {
        var snapshot = await LoadAsync(projectId, cancellationToken);
        var unit = Normalize(query);
        return snapshot.Chunks
            .Where(c => entity is null || c.Entity == entity)
            .Select(c => new VectorHit(c.ChunkId, c.ExternalId, Dot(unit, c.Vector)))
            .GroupBy(h => h.ExternalId)
            .Select(g => g.MaxBy(h => h.Similarity)!)
            .OrderByDescending(h => h.Similarity)
            .Take(documents)
            .ToList();
    }

    private async Task<Snapshot> LoadAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var version = changes.VersionOf(projectId);
        if (_projects.TryGetValue(projectId, out var cached) && cached.Version == version && time.GetUtcNow() - cached.At < MaxAge)
        {
            return cached;
        }

        await using var command = dataSource.CreateCommand("""
            SELECT c.id, d.external_id, c.entity, c.embedding FROM hyyve.chunks c
            JOIN hyyve.documents d ON d.id = c.document_id AND d.project_id = @project_id
            WHERE c.project_id = @project_id AND c.embedding IS NOT NULL
            """);
        command.Parameters.AddWithValue("project_id", projectId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var chunks = new List<StoredVector>();
        while (await reader.ReadAsync(cancellationToken))
        {
            chunks.Add(new StoredVector(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                Normalize(reader.GetFieldValue<float[]>(3))));
        }

        var snapshot = new Snapshot(version, time.GetUtcNow(), chunks);
        _projects[projectId] = snapshot;
        return snapshot;
    }

    private static float[] Normalize(float[] vector)
    {
        var length = Math.Sqrt(vector.Sum(v => (double)v * v));
        return length == 0 ? vector : vector.Select(v => (float)(v / length)).ToArray();
    }

    private static double Dot(float[] a, float[] b)
    {
        var sum = 0d;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private sealed record StoredVector(Guid ChunkId, string ExternalId, string? Entity, float[] Vector);

    private sealed record Snapshot(long Version, DateTimeOffset At, IReadOnlyList<StoredVector> Chunks);
}

/// <summary>A document's best chunk by cosine similarity.</summary>
public sealed record VectorHit(Guid ChunkId, string ExternalId, double Similarity);
