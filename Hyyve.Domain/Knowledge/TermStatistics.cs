using System.Collections.Concurrent;
using Npgsql;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// How many of a project's chunks contain each search term, cached per project until its knowledge changes (or for
/// a short while, for changes made by another process). Counting a common prefix term costs milliseconds; most
/// questions reuse terms, so the cache keeps retrieval to one statement.
/// </summary>
public sealed class TermStatistics(NpgsqlDataSource dataSource, KnowledgeChanges changes, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    private const int MaxTermsPerProject = 50_000;

    private readonly ConcurrentDictionary<Guid, Snapshot> _projects = new();

    /// <summary>The project's chunk count and, per term (a tsquery text), its document frequency; null when the term is only stop words.</summary>
    public async Task<(double Chunks, IReadOnlyDictionary<string, double?> Frequencies)> GetAsync(Guid projectId, IReadOnlyList<string> terms,
        CancellationToken cancellationToken)
    {
        var version = changes.VersionOf(projectId);
        var now = time.GetUtcNow();
        if (!_projects.TryGetValue(projectId, out var snapshot) || snapshot.Version != version || now - snapshot.At > MaxAge
            || snapshot.Frequencies.Count > MaxTermsPerProject)
        {
            snapshot = new Snapshot(version, now, await CountChunksAsync(projectId, cancellationToken), new ConcurrentDictionary<string, double?>());
            _projects[projectId] = snapshot;
        }

        var missing = terms.Where(t => !snapshot.Frequencies.ContainsKey(t)).Distinct().ToArray();
        if (missing.Length > 0)
        {
            await using var command = dataSource.CreateCommand("""
                SELECT t.term, CASE WHEN numnode(q.query) = 0 THEN NULL
                                    ELSE (SELECT count(*) FROM hyyve.chunks c WHERE c.project_id = @project_id AND c.tsv @@ q.query) END
                FROM unnest(@terms) AS t(term) CROSS JOIN LATERAL (SELECT to_tsquery('english', t.term) AS query) q
                """);
            command.Parameters.AddWithValue("project_id", projectId);
            command.Parameters.AddWithValue("terms", missing);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                snapshot.Frequencies[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
            }
        }

        return (snapshot.Chunks, terms.Distinct().ToDictionary(t => t, t => snapshot.Frequencies.GetValueOrDefault(t)));
    }

    private async Task<double> CountChunksAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM hyyve.chunks WHERE project_id = @project_id");
        command.Parameters.AddWithValue("project_id", projectId);
        return Math.Max(1, (long)(await command.ExecuteScalarAsync(cancellationToken))!);
    }

    private sealed record Snapshot(long Version, DateTimeOffset At, double Chunks, ConcurrentDictionary<string, double?> Frequencies);
}
