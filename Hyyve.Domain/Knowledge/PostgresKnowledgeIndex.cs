using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// The default index: PostgreSQL full text over <c>hyyve.chunks</c>. Each query word is weighted by its inverse
/// document frequency within the project (so "parking" counts for more than "hotel"; see <see cref="TermStatistics"/>) and ranked with ts_rank over
/// the title (A), heading (B) and body (C) weights. Every statement filters on the project id.
/// </summary>
public sealed class PostgresKnowledgeIndex(
    NpgsqlDataSource dataSource, KnowledgeChanges changes, TermStatistics statistics, TypoCorrections typos, IOptions<KnowledgeOptions> options,
    TimeProvider time) : IKnowledgeIndex
{
    private static readonly TimeSpan EntityCacheAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, (long Version, DateTimeOffset At, IReadOnlyList<KnowledgeEntity> Entities)> _entities = new();

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(Guid projectId, KnowledgeQuery query, CancellationToken cancellationToken)
    {
        var terms = query.Terms
            .Where(t => t.Word.Length > 0 && t.Word.All(char.IsLetterOrDigit))
            .GroupBy(t => t.Word, StringComparer.Ordinal)
            .Select(g => g.MaxBy(t => t.Boost)!)
            .ToList();
        if (terms.Count == 0 || query.Limit <= 0)
        {
            return [];
        }

        // Inverse document frequency within the project. A word no chunk contains still counts in the mass (at the
        // highest weight): a question about sushi in Tokyo is not covered by a help center that mentions "service".
        var queries = terms.Select(t => (Term: t, Text: t.Prefix ? $"{t.Word}:*" : t.Word)).ToList();
        var (chunks, frequencies) = await statistics.GetAsync(projectId, queries.Select(q => q.Text).ToList(), cancellationToken);
        // A word the project never uses may be a typo of one it does: search for those instead, a little less strongly.
        var corrections = new List<(QueryTerm Term, string Text)>();
        var corrected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, text) in queries.Where(q => frequencies[q.Text] is 0))
        {
            foreach (var word in await typos.CorrectAsync(projectId, term.Word, cancellationToken))
            {
                corrections.Add((term with { Word = word, Boost = term.Boost * 0.8, Prefix = false }, word));
                corrected.Add(text);
            }
        }

        if (corrections.Count > 0)
        {
            // The misspelt word leaves the query's mass: its correction stands in for it.
            queries = queries.Where(q => !corrected.Contains(q.Text)).Concat(corrections)
                .GroupBy(q => q.Text, StringComparer.Ordinal).Select(g => g.First()).ToList();
            (chunks, frequencies) = await statistics.GetAsync(projectId, queries.Select(q => q.Text).ToList(), cancellationToken);
        }

        var weighted = queries.Where(q => frequencies[q.Text] is not null)
            .Select(q => (q.Text, Df: frequencies[q.Text]!.Value, Weight: q.Term.Boost * Math.Log(1 + (chunks - frequencies[q.Text]!.Value + 0.5) / (frequencies[q.Text]!.Value + 0.5))))
            .ToList();
        var mass = weighted.Sum(w => w.Weight);
        if (weighted.All(w => w.Df == 0))
        {
            return [];
        }

        const string sql = """
            WITH weighted AS MATERIALIZED (
                SELECT to_tsquery('english', t.term) AS query, t.weight
                FROM unnest(@terms, @weights) AS t(term, weight)
            ), scored AS (
                SELECT c.id, c.document_id, c.position,
                       sum(w.weight * ts_rank(@rank_weights, c.tsv, w.query, @normalization)) AS score,
                       sum(w.weight) AS matched
                FROM hyyve.chunks c JOIN weighted w ON c.tsv @@ w.query
                WHERE c.project_id = @project_id AND (@entity::text IS NULL OR c.entity = @entity)
                GROUP BY c.id, c.document_id
                -- Ties go by title and position, not by id (ids differ per project), so the same knowledge ranks the same way.
                ORDER BY score DESC, c.title, c.position, c.id
                LIMIT @candidates
            ), best AS (
                SELECT DISTINCT ON (document_id) id, document_id, score, matched, position
                FROM scored ORDER BY document_id, score DESC, position, id
            )
            SELECT b.id, d.external_id, d.title, d.url, c.heading_path, c.content, d.entity, b.score, b.matched / @mass
            FROM best b
            JOIN hyyve.chunks c ON c.id = b.id
            JOIN hyyve.documents d ON d.id = b.document_id AND d.project_id = @project_id
            ORDER BY b.score DESC, d.title, d.external_id
            LIMIT @limit
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("terms", weighted.Select(w => w.Text).ToArray());
        command.Parameters.AddWithValue("weights", weighted.Select(w => w.Weight).ToArray());
        command.Parameters.AddWithValue("mass", mass);
        command.Parameters.AddWithValue("rank_weights", new[] { 0.1f, options.Value.BodyWeight, options.Value.HeadingWeight, options.Value.TitleWeight }); // D, C, B, A
        command.Parameters.AddWithValue("normalization", options.Value.RankNormalization);
        command.Parameters.Add(new NpgsqlParameter("entity", NpgsqlDbType.Text) { Value = (object?)query.Entity ?? DBNull.Value });
        command.Parameters.AddWithValue("candidates", Math.Max(options.Value.CandidateChunks, query.Limit));
        command.Parameters.AddWithValue("limit", query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<KnowledgeHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new KnowledgeHit(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetDouble(7), reader.GetDouble(8)));
        }

        return hits;
    }

    public async Task<IReadOnlyList<KnowledgeEntity>> ListEntitiesAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var version = changes.VersionOf(projectId);
        var now = time.GetUtcNow();
        if (_entities.TryGetValue(projectId, out var cached) && cached.Version == version && now - cached.At < EntityCacheAge)
        {
            return cached.Entities;
        }

        await using var command = dataSource.CreateCommand("""
            SELECT entity, min(category), count(*)::int FROM hyyve.documents
            WHERE project_id = @project_id AND entity IS NOT NULL
            GROUP BY entity ORDER BY entity
            """);
        command.Parameters.AddWithValue("project_id", projectId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entities = new List<KnowledgeEntity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entities.Add(new KnowledgeEntity(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2)));
        }

        _entities[projectId] = (version, now, entities);
        return entities;
    }
}
