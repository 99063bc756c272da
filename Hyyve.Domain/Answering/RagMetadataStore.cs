using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Records what every answer or handoff was based on (<c>chat_rag_metadata</c>, <c>chat_rag_sources</c>) and keeps
/// per-conversation totals (<c>chat_conversation_analytics</c>). One answer per Chatwoot message: recording a second
/// answer for the same message changes nothing, and <see cref="FindForMessageAsync"/> returns the first.
/// </summary>
public sealed class RagMetadataStore(NpgsqlDataSource dataSource, ILogger<RagMetadataStore> logger)
{
    public const string PlaygroundConversation = "playground";

    /// <summary>Returns false when this answer, or another answer to the same Chatwoot message, is already stored.</summary>
    public async Task<bool> RecordAsync(AnswerRequest request, AnswerResult result, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand(RagMetadataSql.InsertAnswer, connection, transaction))
        {
            var p = insert.Parameters;
            p.AddWithValue("answer_id", result.AnswerId);
            p.AddWithValue("project_id", request.ProjectId);
            p.AddWithValue("origin", request.Origin == AnswerOrigin.Chatwoot ? "chatwoot" : "playground");
            p.Add(new NpgsqlParameter("conversation_id", NpgsqlDbType.Bigint) { Value = (object?)request.ChatwootConversationId ?? DBNull.Value });
            p.Add(new NpgsqlParameter("message_id", NpgsqlDbType.Bigint) { Value = (object?)request.ChatwootMessageId ?? DBNull.Value });
            p.AddWithValue("question", request.Question);
            p.AddWithValue("decision", result.Decision.ToWire());
            p.Add(new NpgsqlParameter("reason", NpgsqlDbType.Text) { Value = (object?)result.Reason?.ToSnakeCase() ?? DBNull.Value });
            p.AddWithValue("confidence", (float)result.Confidence);
            p.AddWithValue("model", result.Model);
            p.AddWithValue("retrieval_ms", (float)result.Timings.RetrievalMs);
            p.AddWithValue("generation_ms", (float)result.Timings.GenerationMs);
            p.AddWithValue("total_ms", (float)result.Timings.TotalMs);
            p.AddWithValue("prompt_tokens", result.Tokens.Prompt);
            p.AddWithValue("completion_tokens", result.Tokens.Completion);
            p.Add(new NpgsqlParameter("reply_text", NpgsqlDbType.Text) { Value = (object?)result.Text ?? DBNull.Value });
            p.Add(new NpgsqlParameter("draft_text", NpgsqlDbType.Text) { Value = (object?)result.DraftAnswer ?? DBNull.Value });
            p.Add(new NpgsqlParameter("query", NpgsqlDbType.Text) { Value = (object?)result.Query ?? DBNull.Value });
            p.AddWithValue("citations", NpgsqlDbType.Jsonb,
                JsonSerializer.Serialize(result.Citations.ToList(), AnsweringJsonContext.Default.ListCitation));
            if (await insert.ExecuteScalarAsync(cancellationToken) is null)
            {
                AnsweringLog.AlreadyRecorded(logger, request.ProjectId, result.AnswerId, request.ChatwootConversationId, request.ChatwootMessageId);
                return false;
            }
        }

        if (result.Retrieved.Count > 0)
        {
            await using var sources = new NpgsqlCommand(RagMetadataSql.InsertSources, connection, transaction);
            sources.Parameters.AddWithValue("answer_id", result.AnswerId);
            sources.Parameters.AddWithValue("ranks", result.Retrieved.Select(s => s.Rank).ToArray());
            sources.Parameters.AddWithValue("external_ids", result.Retrieved.Select(s => s.ExternalId).ToArray());
            sources.Parameters.AddWithValue("chunk_ids", result.Retrieved.Select(s => s.ChunkId).ToArray());
            sources.Parameters.AddWithValue("titles", result.Retrieved.Select(s => s.Title).ToArray());
            sources.Parameters.Add(new NpgsqlParameter("urls", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = result.Retrieved.Select(s => s.Url).ToArray() });
            sources.Parameters.AddWithValue("scores", result.Retrieved.Select(s => (float)s.Score).ToArray());
            sources.Parameters.AddWithValue("cited", result.Retrieved.Select(s => s.Cited).ToArray());
            await sources.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var analytics = new NpgsqlCommand(RagMetadataSql.UpsertAnalytics, connection, transaction))
        {
            analytics.Parameters.AddWithValue("project_id", request.ProjectId);
            analytics.Parameters.AddWithValue("conversation_key", request.ChatwootConversationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? PlaygroundConversation);
            analytics.Parameters.AddWithValue("answered", result.Decision == AnswerDecision.Answer ? 1 : 0);
            analytics.Parameters.AddWithValue("handed_off", result.Decision == AnswerDecision.Handoff ? 1 : 0);
            analytics.Parameters.AddWithValue("confidence", result.Confidence);
            analytics.Parameters.AddWithValue("low_confidence", result.Reason == HandoffReason.LowConfidence ? 1 : 0);
            analytics.Parameters.AddWithValue("decision", result.Decision.ToWire());
            analytics.Parameters.Add(new NpgsqlParameter("reason", NpgsqlDbType.Text) { Value = (object?)result.Reason?.ToSnakeCase() ?? DBNull.Value });
            await analytics.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The answer already recorded for a Chatwoot message, or null.</summary>
    /// <summary>Records that a stored answer was never delivered and the conversation failed open to a human.</summary>
    public async Task MarkBotFailureAsync(Guid answerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(RagMetadataSql.MarkBotFailure);
        command.Parameters.AddWithValue("answer_id", answerId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AnswerResult?> FindForMessageAsync(Guid projectId, long chatwootConversationId, long chatwootMessageId,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(RagMetadataSql.SelectForMessage, connection);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("conversation_id", chatwootConversationId);
        command.Parameters.AddWithValue("message_id", chatwootMessageId);
        return await RagMetadataReader.ReadAsync(command, cancellationToken);
    }
}
