using System.Collections.Concurrent;
using System.Numerics;
using Npgsql;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Cosine ranking of a project's chunk embeddings, in process (pgvector is not assumed). A project's unit vectors are
/// loaded once into one contiguous array and scanned with SIMD dot products (50,000 chunks × 768 dimensions is one pass
/// over 154 MB); they are kept until the project's knowledge changes here or <see cref="MaxAge"/> passes (another process's writes).
/// </summary>
public sealed class VectorIndex(NpgsqlDataSource dataSource, KnowledgeChanges changes, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<Guid, VectorSnapshot> _projects = new();

    /// <summary>The best chunk of each document by cosine similarity to <paramref name="query"/>, best first.</summary>
    public async Task<IReadOnlyList<VectorHit>> RankAsync(Guid projectId, string? entity, float[] query, int documents,
        CancellationToken cancellationToken)
    {
        var snapshot = await LoadAsync(projectId, cancellationToken);
        return snapshot.Rank(Normalize(query), entity, documents);
    }

    /// <summary>The stored unit vector of one chunk of this project, or null (not embedded yet).</summary>
    public async Task<float[]?> VectorOfAsync(Guid projectId, Guid chunkId, CancellationToken cancellationToken) =>
        (await LoadAsync(projectId, cancellationToken)).VectorOf(chunkId);

    private async Task<VectorSnapshot> LoadAsync(Guid projectId, CancellationToken cancellationToken)
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
        var builder = new VectorSnapshot.Builder();
        while (await reader.ReadAsync(cancellationToken))
        {
            builder.Add(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                Normalize(reader.GetFieldValue<float[]>(3)));
        }

        var snapshot = builder.Build(version, time.GetUtcNow());
        _projects[projectId] = snapshot;
        return snapshot;
    }

    internal static float[] Normalize(float[] vector)
    {
        var length = Math.Sqrt(Dot(vector, vector));
        return length is 0 or (> 0.9999 and < 1.0001) ? vector : vector.Select(v => (float)(v / length)).ToArray();
    }

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var n = Math.Min(a.Length, b.Length);
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a.Slice(i, Vector<float>.Count)) * new Vector<float>(b.Slice(i, Vector<float>.Count));
        }

        var total = Vector.Sum(sum);
        for (; i < n; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}

/// <summary>A document's best chunk by cosine similarity.</summary>
public sealed record VectorHit(Guid ChunkId, string ExternalId, double Similarity);
