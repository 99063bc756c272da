using Hyyve.Domain.Knowledge;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Answering.Curated;

/// <summary>
/// <c>GET …/gaps</c>: the questions the bot handed off for <c>missing_knowledge</c>. SQL groups identical normalised text
/// (lower case, punctuation and extra spaces removed); those groups then merge greedily, most asked first, when their
/// questions are at least <see cref="AnsweringOptions.GapSimilarity"/> alike (embedding cosine with a model, else topic-word overlap).
/// </summary>
public sealed class KnowledgeGaps(NpgsqlDataSource dataSource, ChunkEmbedder embedder, IOptions<AnsweringOptions> options)
{
    public const int MaxGroups = 300;
    private const int MaxExamples = 5;

    private const string Sql = """
        WITH asked AS (
            SELECT question, created_at,
                   btrim(regexp_replace(regexp_replace(lower(question), '[^[:alnum:][:space:]]+', ' ', 'g'), '\s+', ' ', 'g')) AS normalised
            FROM hyyve.chat_rag_metadata
            WHERE project_id = @project_id AND decision = 'handoff' AND reason = 'missing_knowledge')
        SELECT normalised, count(*), max(created_at), (array_agg(question ORDER BY created_at DESC))[1:5]
        FROM asked GROUP BY normalised
        ORDER BY count(*) DESC, max(created_at) DESC
        LIMIT @limit
        """;

    public async Task<GapList> ListAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("limit", MaxGroups);
        var rows = new List<(string Text, long Count, DateTimeOffset Last, string[] Examples)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<string[]>(3)));
            }
        }

        var groups = new List<(string Text, float[]? Vector, long Count, DateTimeOffset Last, List<string> Examples)>();
        foreach (var row in rows)
        {
            var vector = await embedder.EmbedQueryAsync(row.Text, cancellationToken);
            var index = groups.FindIndex(g => QuestionSimilarity.Of(g.Text, g.Vector, row.Text, vector) >= options.Value.GapSimilarity);
            if (index < 0)
            {
                groups.Add((row.Text, vector, row.Count, row.Last, [.. row.Examples]));
                continue;
            }

            var group = groups[index];
            groups[index] = (group.Text, group.Vector, group.Count + row.Count, row.Last > group.Last ? row.Last : group.Last,
                [.. group.Examples.Concat(row.Examples).Distinct().Take(MaxExamples)]);
        }

        return new GapList(groups.OrderByDescending(g => g.Count).ThenByDescending(g => g.Last)
            .Select(g => new KnowledgeGap(g.Examples[0], g.Count, g.Examples, g.Last)).ToList());
    }
}

public sealed record GapList(IReadOnlyList<KnowledgeGap> Items);

/// <summary>A group of similar unanswered questions: one asked form as its representative, how often, examples, the latest time.</summary>
public sealed record KnowledgeGap(string Question, long Count, IReadOnlyList<string> Examples, DateTimeOffset LastAskedAt);
