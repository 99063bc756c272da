using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hyyve.Domain.Knowledge.Embeddings;

/// <summary>
/// After start-up, in the background: vectors another model made (their length is not the configured model's, as after
/// switching <c>Knowledge__LocalModel</c>) are cleared and made again, and so are chunks left without one or without
/// the vectors of their sentences (embedded before those were stored, or by the external index's path). Until then
/// those chunks are found by full text alone, never compared with a vector of another model. Curated answers' questions
/// are embedded again too. Several processes share the work (<see cref="ChunkVectorWriter"/>).
/// </summary>
internal sealed class StaleVectorSweep(
    NpgsqlDataSource dataSource, ChunkEmbedder embedder, ChunkVectorWriter writer, ILogger<StaleVectorSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (embedder.Dimensions is not { } dimensions)
        {
            return;
        }

        var cleared = await ClearAsync(dimensions, stoppingToken);
        await ReembedCuratedAsync(dimensions, stoppingToken);
        foreach (var projectId in await ProjectsWithoutVectorsAsync(stoppingToken))
        {
            if (await writer.EmbedAllAsync(projectId, stoppingToken) is var embedded and > 0)
            {
                KnowledgeLog.VectorsRemade(logger, projectId, embedded, cleared);
            }
        }
    }

    private async Task<int> ClearAsync(int dimensions, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE hyyve.chunks SET embedding = NULL, sentence_embeddings = NULL
            WHERE embedding IS NOT NULL AND cardinality(embedding) <> @dimensions
            """);
        command.Parameters.AddWithValue("dimensions", dimensions);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<Guid>> ProjectsWithoutVectorsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT DISTINCT project_id FROM hyyve.chunks WHERE embedding IS NULL OR sentence_embeddings IS NULL");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var projects = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            projects.Add(reader.GetGuid(0));
        }

        return projects;
    }

    private async Task ReembedCuratedAsync(int dimensions, CancellationToken cancellationToken)
    {
        var stale = new List<(Guid Id, string Question)>();
        await using (var select = dataSource.CreateCommand("""
            SELECT id, question FROM hyyve.curated_answers WHERE embedding IS NOT NULL AND cardinality(embedding) <> @dimensions
            """))
        {
            select.Parameters.AddWithValue("dimensions", dimensions);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stale.Add((reader.GetGuid(0), reader.GetString(1)));
            }
        }

        foreach (var (id, question) in stale)
        {
            await using var update = dataSource.CreateCommand("UPDATE hyyve.curated_answers SET embedding = @embedding WHERE id = @id");
            update.Parameters.AddWithValue("id", id);
            update.Parameters.AddWithValue("embedding", (object?)await embedder.EmbedQueryAsync(question, cancellationToken) ?? DBNull.Value);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
