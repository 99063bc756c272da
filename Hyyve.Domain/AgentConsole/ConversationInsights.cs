using Hyyve.Domain.Answering;
using Hyyve.Domain.Sentiment;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.AgentConsole;

/// <summary>
/// <c>GET …/conversations/{cid}/insights</c>, over the conversation's bot turns (see <see cref="ConsoleSql"/>): average
/// confidence, source coverage (share of bot turns whose reply cites a source), low-confidence turns (confidence below the
/// project's threshold), the cited sources by hits, and the sentiment of each customer message (the latest is "now").
/// </summary>
public sealed class ConversationInsights(NpgsqlDataSource dataSource, IOptions<AnsweringOptions> answering)
{
    private const string FiguresSql = $"""
        SELECT count(*), avg(m.confidence), count(*) FILTER (WHERE {ConsoleSql.Covered}),
               count(*) FILTER (WHERE m.confidence < coalesce(p.confidence_threshold, @default_threshold))
        FROM hyyve.chat_rag_metadata m JOIN hyyve.projects p ON p.id = m.project_id
        WHERE m.project_id = @project_id AND m.chatwoot_conversation_id = @conversation_id AND {ConsoleSql.BotTurn}
        """;

    private const string TopSourcesSql = $"""
        SELECT s.title, s.url, count(*) AS hits
        FROM hyyve.chat_rag_metadata m JOIN hyyve.chat_rag_sources s ON s.answer_id = m.answer_id
        WHERE m.project_id = @project_id AND m.chatwoot_conversation_id = @conversation_id AND {ConsoleSql.BotTurn} AND s.cited
        GROUP BY s.title, s.url ORDER BY hits DESC, s.title LIMIT 5
        """;

    private const string CustomerSql = """
        SELECT content, created_at FROM hyyve.conversation_messages
        WHERE tenant_id = @tenant_id AND chatwoot_conversation_id = @conversation_id AND message_type = 'incoming' AND coalesce(content, '') <> ''
        ORDER BY created_at, chatwoot_message_id
        """;

    public async Task<Insights> GetAsync(Guid projectId, long conversationId, CancellationToken cancellationToken)
    {
        var conversation = await ConversationRef.FindAsync(dataSource, projectId, conversationId, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        long turns, covered, low;
        double? average;
        await using (var figures = Command(connection, FiguresSql, projectId, conversationId))
        {
            figures.Parameters.AddWithValue("default_threshold", (float)answering.Value.ConfidenceThreshold);
            await using var reader = await figures.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            (turns, average, covered, low) = (reader.GetInt64(0), ConsoleParameters.NullableDouble(reader, 1), reader.GetInt64(2), reader.GetInt64(3));
        }

        var top = new List<TopSource>();
        await using (var sources = Command(connection, TopSourcesSql, projectId, conversationId))
        await using (var reader = await sources.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                top.Add(new TopSource(reader.GetString(0), ConsoleParameters.NullableString(reader, 1), reader.GetInt64(2)));
            }
        }

        var trend = new List<SentimentPoint>();
        await using (var customer = Command(connection, CustomerSql, projectId, conversationId))
        {
            customer.Parameters.AddWithValue("tenant_id", conversation.TenantId);
            await using var reader = await customer.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var score = SentimentAnalyzer.Analyze(reader.GetString(0));
                trend.Add(new SentimentPoint(reader.GetFieldValue<DateTimeOffset>(1), score.Label, score.Score));
            }
        }

        var sentiment = trend.Count == 0 ? null : new ConversationSentiment(trend[^1].Label, trend[^1].Score, trend);
        return new Insights(average, turns == 0 ? null : (double)covered / turns, low, turns, top, sentiment);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, Guid projectId, long conversationId)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("conversation_id", conversationId);
        return command;
    }
}

public sealed record Insights(double? AverageConfidence, double? SourceCoverage, long LowConfidenceTurns, long BotTurns,
    IReadOnlyList<TopSource> TopSources, ConversationSentiment? Sentiment);

public sealed record TopSource(string Title, string? Url, long Hits);

public sealed record ConversationSentiment(string Label, double Score, IReadOnlyList<SentimentPoint> Trend);

public sealed record SentimentPoint(DateTimeOffset At, string Label, double Score);
