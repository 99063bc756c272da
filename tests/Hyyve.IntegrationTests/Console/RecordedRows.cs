using Npgsql;

namespace Hyyve.IntegrationTests.Console;

/// <summary>
/// The rows Hyyve recorded, read back plainly, and each console figure computed from them in C# by its README definition,
/// so the API's SQL is checked against an independent computation rather than against itself.
/// </summary>
public sealed class RecordedRows
{
    public sealed record Answer(Guid Id, long? ConversationId, string Origin, string Decision, string? Reason, double Confidence, DateTimeOffset At,
        string Question, string Model);

    public sealed record Source(Guid AnswerId, int Rank, string Title, string? Url, bool Cited, string Kind);

    public sealed record Message(long Id, long ConversationId, string Type, bool Private, string? Sender, string? Content, DateTimeOffset At, Guid? AnswerId);

    public sealed record Conversation(long Id, string Status, string HandledBy, DateTimeOffset? HandedOffAt, string? Reason, string? Contact);

    public List<Answer> Answers { get; } = [];
    public List<Source> Sources { get; } = [];
    public List<Message> Messages { get; } = [];
    public List<Conversation> Conversations { get; } = [];

    public static async Task<RecordedRows> ReadAsync(string connectionString, Guid projectId)
    {
        var rows = new RecordedRows();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ReadAsync(connection, projectId, "SELECT answer_id, chatwoot_conversation_id, origin, decision, reason, confidence, created_at, question, model FROM hyyve.chat_rag_metadata WHERE project_id = @p",
            r => rows.Answers.Add(new Answer(r.GetGuid(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetFloat(5), r.GetFieldValue<DateTimeOffset>(6), r.GetString(7), r.GetString(8))));
        await ReadAsync(connection, projectId, "SELECT s.answer_id, s.rank, s.title, s.url, s.cited, s.kind FROM hyyve.chat_rag_sources s JOIN hyyve.chat_rag_metadata m USING (answer_id) WHERE m.project_id = @p",
            r => rows.Sources.Add(new Source(r.GetGuid(0), r.GetInt32(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetBoolean(4), r.GetString(5))));
        await ReadAsync(connection, projectId, """
            SELECT x.chatwoot_message_id, x.chatwoot_conversation_id, x.message_type, x.private, x.sender_type, x.content, x.created_at, x.answer_id
            FROM hyyve.conversation_messages x JOIN hyyve.conversations c USING (tenant_id, chatwoot_conversation_id) WHERE c.project_id = @p
            """,
            r => rows.Messages.Add(new Message(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetBoolean(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.GetFieldValue<DateTimeOffset>(6), r.IsDBNull(7) ? null : r.GetGuid(7))));
        await ReadAsync(connection, projectId, "SELECT chatwoot_conversation_id, status, handled_by, handed_off_at, handoff_reason, contact_name FROM hyyve.conversations WHERE project_id = @p",
            r => rows.Conversations.Add(new Conversation(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetFieldValue<DateTimeOffset>(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5))));
        return rows;
    }

    private static async Task ReadAsync(NpgsqlConnection connection, Guid projectId, string sql, Action<NpgsqlDataReader> read)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", projectId);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            read(reader);
        }
    }

    public IEnumerable<Answer> BotTurns(long? conversationId = null) =>
        Answers.Where(a => a.Origin == "chatwoot" && a.Decision is "answer" or "handoff" && (conversationId is null || a.ConversationId == conversationId));

    public bool Covered(Answer a) => a.Decision == "answer" && Sources.Any(s => s.AnswerId == a.Id && s.Cited);

    private IEnumerable<Message> AgentReplies(long conversationId) =>
        Messages.Where(m => m.ConversationId == conversationId && m.Type == "outgoing" && !m.Private && m.Sender == "user");

    public bool WaitsForHuman(Conversation c) =>
        c.HandledBy == "human" && c.Status == "open" && c.HandedOffAt is { } at && !AgentReplies(c.Id).Any(m => m.At >= at);

    /// <summary>Seconds from each handoff to the first public agent reply after it, for the handoffs an agent answered.</summary>
    public List<double> AnsweredWaits() =>
        [.. BotTurns().Where(a => a.Decision == "handoff")
            .Select(a => AgentReplies(a.ConversationId!.Value).Where(m => m.At >= a.At).Select(m => (DateTimeOffset?)m.At).Min() - a.At)
            .Where(w => w is not null).Select(w => w!.Value.TotalSeconds)];

    /// <summary>PostgreSQL's percentile_cont: linear interpolation between the closest ranks.</summary>
    public static double? Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var position = p * (sorted.Count - 1);
        var (low, high) = ((int)Math.Floor(position), (int)Math.Ceiling(position));
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    public static string Role(Message m) =>
        m.Type == "incoming" ? "customer" : m.Private ? "note" : m.Sender == "agent_bot" || m.Type == "template" ? "bot" : "agent";
}
