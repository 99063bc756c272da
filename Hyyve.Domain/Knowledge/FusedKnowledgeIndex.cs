using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Full-text retrieval fused with vector similarity by reciprocal rank, used when an embedding model is configured.
/// Each hit keeps its full-text <see cref="KnowledgeHit.Score"/> and <see cref="KnowledgeHit.Coverage"/>, which the
/// confidence model was calibrated on; a document found by the vectors alone has no lexical evidence (0 and 0), so it
/// can be retrieved and cited, but cannot by itself make the bot confident.
/// </summary>
public sealed class FusedKnowledgeIndex(
    PostgresKnowledgeIndex fullText, VectorIndex vectors, ChunkEmbedder embedder, NpgsqlDataSource dataSource, IOptions<KnowledgeOptions> options)
    : IKnowledgeIndex
{
    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(Guid projectId, KnowledgeQuery query, CancellationToken cancellationToken)
    {
        var candidates = Math.Max(query.Limit, options.Value.FusionCandidates);
        var lexical = await fullText.SearchAsync(projectId, query with { Limit = candidates }, cancellationToken);
        var queryVector = await embedder.EmbedQueryAsync(query.Text ?? string.Join(' ', query.Terms.Select(t => t.Word)), cancellationToken);
        if (queryVector is null)
        {
            return lexical.Take(query.Limit).ToList();
        }

        var semantic = await vectors.RankAsync(projectId, query.Entity, queryVector, candidates, cancellationToken);
        var order = ReciprocalRankFusion.Fuse([lexical.Select(h => h.ExternalId).ToList(), semantic.Select(h => h.ExternalId).ToList()],
            options.Value.FusionK).Take(query.Limit).ToList();
        var byDocument = lexical.ToDictionary(h => h.ExternalId, StringComparer.Ordinal);
        var missing = semantic.Where(h => order.Contains(h.ExternalId) && !byDocument.ContainsKey(h.ExternalId)).Select(h => h.ChunkId).ToArray();
        foreach (var hit in await LoadChunksAsync(projectId, missing, cancellationToken))
        {
            byDocument[hit.ExternalId] = hit;
        }

        return order.Where(byDocument.ContainsKey).Select(id => byDocument[id]).ToList();
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
