using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Full-text retrieval fused with vector similarity, used when an embedding model is configured. Every candidate of either
/// channel is scored by <see cref="FusionWeights"/> over its cosine similarity (known for every embedded document, not only
/// the vector channel's top), its full-text coverage and both ranks; weighting evidence rather than ranks alone keeps a
/// weak lexical list from dragging down what the vectors found. A document shows the chunk closest to the question in
/// meaning, where it has one; its lexical evidence stays its own (0 when only the vectors found it).
/// </summary>
public sealed class FusedKnowledgeIndex(
    PostgresKnowledgeIndex fullText, VectorIndex vectors, ChunkEmbedder embedder, NpgsqlDataSource dataSource, IOptions<KnowledgeOptions> options)
    : IKnowledgeIndex
{
    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(Guid projectId, KnowledgeQuery query, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var candidates = Math.Max(query.Limit, settings.FusionCandidates);
        var lexical = await fullText.SearchAsync(projectId, query with { Limit = candidates }, cancellationToken);
        var queryVector = query.Vector ?? await embedder.EmbedQueryAsync(query.Text ?? string.Join(' ', query.Terms.Select(t => t.Word)), cancellationToken);
        if (queryVector is null)
        {
            return lexical.Take(query.Limit).ToList();
        }

        var semantic = await vectors.RankAsync(projectId, query.Entity, queryVector, int.MaxValue, cancellationToken);
        if (semantic.Count == 0)
        {
            return lexical.Take(query.Limit).ToList();
        }

        var similarity = semantic.Select((hit, rank) => (hit, rank)).ToDictionary(x => x.hit.ExternalId, StringComparer.Ordinal);
        var lexicalRank = SharedRanks(lexical).ToDictionary(x => x.Hit.ExternalId, x => (x.Hit, x.Rank), StringComparer.Ordinal);
        var pool = lexical.Select(h => h.ExternalId).Concat(semantic.Take(candidates).Select(h => h.ExternalId)).Distinct(StringComparer.Ordinal);
        var ranked = pool.Select(id =>
            {
                var lex = lexicalRank.TryGetValue(id, out var l) ? l : ((KnowledgeHit, int)?)null;
                var sem = similarity.TryGetValue(id, out var s) ? s : ((VectorHit, int)?)null;
                var cosine = sem?.Item1.Similarity ?? 0;
                var semanticRank = sem is { Item2: var r } && r < candidates ? r : (int?)null;
                var fused = settings.Fusion.Score(cosine, lex?.Item1.Coverage ?? 0, lex?.Item2, semanticRank);
                return (Id: id, Lexical: lex?.Item1, LexicalRank: lex?.Item2, Vector: sem?.Item1, SemanticRank: semanticRank, Cosine: cosine, Fused: fused);
            })
            .OrderByDescending(x => x.Fused).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(query.Limit)
            .ToList();

        // Show each document's chunk nearest in meaning; load the ones full text did not return.
        var wanted = ranked.Where(x => x.Vector is not null && x.Vector.ChunkId != x.Lexical?.ChunkId).Select(x => x.Vector!.ChunkId).ToArray();
        var chunks = (await LoadChunksAsync(projectId, wanted, cancellationToken)).ToDictionary(h => h.ChunkId);
        return ranked.Select(x =>
            {
                var shown = x.Vector is not null && chunks.TryGetValue(x.Vector.ChunkId, out var nearest) ? nearest : x.Lexical!;
                return shown with
                {
                    Score = x.Lexical?.Score ?? 0, Coverage = x.Lexical?.Coverage ?? 0, Similarity = x.Cosine,
                    LexicalRank = x.LexicalRank, SemanticRank = x.SemanticRank, Fused = x.Fused,
                };
            })
            .ToList();
    }

    /// <summary>Full-text ranks where equal scores share the better rank: documents that matched the same words alike are
    /// equally good lexical evidence, and an arbitrary order among them would make answers change from run to run.</summary>
    private static IEnumerable<(KnowledgeHit Hit, int Rank)> SharedRanks(IReadOnlyList<KnowledgeHit> lexical)
    {
        var rank = 0;
        for (var i = 0; i < lexical.Count; i++)
        {
            if (i > 0 && Math.Abs(lexical[i].Score - lexical[i - 1].Score) > 1e-9 * Math.Max(1, Math.Abs(lexical[i].Score)))
            {
                rank = i;
            }

            yield return (lexical[i], rank);
        }
    }

    public Task<IReadOnlyList<KnowledgeEntity>> ListEntitiesAsync(Guid projectId, CancellationToken cancellationToken) =>
        fullText.ListEntitiesAsync(projectId, cancellationToken);

    private async Task<IReadOnlyList<KnowledgeHit>> LoadChunksAsync(Guid projectId, Guid[] chunkIds, CancellationToken cancellationToken)
    {
        if (chunkIds.Length == 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand("""
            SELECT c.id, d.external_id, d.title, d.url, c.heading_path, c.content, d.entity
            FROM hyyve.chunks c JOIN hyyve.documents d ON d.id = c.document_id AND d.project_id = @project_id
            WHERE c.project_id = @project_id AND c.id = ANY(@ids)
            """);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("ids", chunkIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<KnowledgeHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new KnowledgeHit(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), Score: 0, Coverage: 0));
        }

        return hits;
    }
}
