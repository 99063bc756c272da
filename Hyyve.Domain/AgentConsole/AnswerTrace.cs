using Hyyve.Domain.Errors;
using Npgsql;

namespace Hyyve.Domain.AgentConsole;

/// <summary><c>GET /api/projects/{id}/answers/{answerId}</c>: what one answer searched, retrieved and cited, how long it took, its rating.</summary>
public sealed class AnswerTraces(NpgsqlDataSource dataSource)
{
    private const string Sql = $"""
        SELECT m.answer_id, m.question, coalesce(m.query, m.question), m.decision, m.reason, m.confidence, m.model,
               m.retrieval_ms, m.generation_ms, m.total_ms, m.prompt_tokens, m.completion_tokens, {ConsoleSql.SourcesOfAnswer},
               m.reply_text, m.draft_text, f.rating, f.corrected_answer, f.updated_at, m.chatwoot_conversation_id
        FROM hyyve.chat_rag_metadata m LEFT JOIN hyyve.answer_feedback f ON f.answer_id = m.answer_id
        WHERE m.answer_id = @answer_id AND m.project_id = @project_id
        """;

    public async Task<AnswerTrace> GetAsync(Guid projectId, Guid answerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("answer_id", answerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new NotFoundException($"Answer {answerId} was not found in project {projectId}.");
        }

        var feedback = reader.IsDBNull(15) ? null
            : new TraceFeedback(reader.GetString(15), ConsoleParameters.NullableString(reader, 16), reader.GetFieldValue<DateTimeOffset>(17));
        return new AnswerTrace(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            ConsoleParameters.NullableString(reader, 4), reader.GetFloat(5), reader.GetString(6),
            new TraceTimings(reader.GetFloat(7), reader.GetFloat(8), reader.GetFloat(9)), new TraceTokens(reader.GetInt32(10), reader.GetInt32(11)),
            ConsoleJsonContext.Sources(reader.GetString(12)), ConsoleParameters.NullableString(reader, 13), ConsoleParameters.NullableString(reader, 14),
            feedback, reader.IsDBNull(18) ? null : reader.GetInt64(18));
    }
}

public sealed record AnswerTrace(Guid AnswerId, string Question, string Query, string Decision, string? Reason, double Confidence, string Model,
    TraceTimings Timings, TraceTokens Tokens, IReadOnlyList<ConsoleSource> Retrieved, string? Reply, string? Draft, TraceFeedback? Feedback,
    long? ConversationId);

public sealed record TraceTimings(double RetrievalMs, double GenerationMs, double TotalMs);

public sealed record TraceTokens(int Prompt, int Completion);

public sealed record TraceFeedback(string Rating, string? CorrectedAnswer, DateTimeOffset At);
