using Npgsql;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Every chunk of one document of a project, in order, as hits of that document: the answerer reads the whole best source
/// for the sentence that answers, not only the chunk retrieval ranked first ("which identity providers work with it?" is
/// answered in another section of the article than the one the question is closest to), with the vectors of its sentences.
/// </summary>
public sealed class DocumentChunks(NpgsqlDataSource dataSource)
{
    /// <summary>Most chunks read per document; a long article's first chunks and the ranked one are enough.</summary>
    public const int MaxChunks = 12;

    public async Task<IReadOnlyList<KnowledgeHit>> OfAsync(Guid projectId, KnowledgeHit best, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT c.id, c.heading_path, c.content, c.sentence_embeddings FROM hyyve.chunks c
            JOIN hyyve.documents d ON d.id = c.document_id AND d.project_id = @project_id
            WHERE c.project_id = @project_id AND d.external_id = @external_id
            ORDER BY c.position
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("external_id", best.ExternalId);
        command.Parameters.AddWithValue("limit", MaxChunks);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var chunks = new List<KnowledgeHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            chunks.Add(best with
            {
                ChunkId = reader.GetGuid(0), HeadingPath = reader.GetString(1), Content = reader.GetString(2),
                SentenceEmbeddings = reader.IsDBNull(3) ? null : reader.GetFieldValue<float[]>(3),
            });
        }

        return chunks.Any(c => c.ChunkId == best.ChunkId) ? chunks : [best, .. chunks];
    }
}
