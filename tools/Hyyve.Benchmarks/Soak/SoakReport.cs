using System.Diagnostics;
using Hyyve.FakeChatwoot;
using Npgsql;

namespace Hyyve.Benchmarks.Soak;

/// <summary>What the soak measured, read from the fake Chatwoot (what customers saw) and the database (what Hyyve decided).</summary>
internal sealed record SoakReport(int Accepted, long Answered, long HandedOff, long WithHuman, int Duplicates, long Lost, int HumanReplies,
    List<double> AckMs, List<double> ReplyMs)
{
    public static async Task<SoakReport> BuildAsync(FakeChatwootServer chatwoot, FakeAccount account, string database,
        IReadOnlyList<FakeConversation> conversations)
    {
        var messages = conversations.SelectMany(c => chatwoot.Messages(account.Id, c.DisplayId)).ToList();
        var deliveries = chatwoot.Deliveries.Where(d => !d.IsReplay).ToList();
        var customerIds = messages.Where(m => m.MessageType == "incoming").Select(m => m.Id).ToHashSet();
        var accepted = deliveries.Where(d => d.Succeeded && d.MessageId is int id && customerIds.Contains(id)).Select(d => d.MessageId).Distinct().Count();
        var ack = deliveries.Where(d => d.Succeeded).Select(d => d.Duration.TotalMilliseconds).ToList();
        var botPosts = messages.Where(m => m.IsFromBot).Select(m => (Message: m, AnswerId: AnswerId(m))).ToList();
        var duplicates = botPosts.Where(p => p.AnswerId is not null).GroupBy(p => (p.AnswerId, p.Message.Private)).Sum(g => g.Count() - 1);

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var questionOf = new Dictionary<string, long>();
        await using (var answers = new NpgsqlCommand(
            "SELECT answer_id::text, chatwoot_message_id FROM hyyve.chat_rag_metadata WHERE origin = 'chatwoot'", connection))
        await using (var reader = await answers.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                questionOf[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var askedAt = messages.Where(m => m.MessageType == "incoming").ToDictionary(m => (long)m.Id, m => m.CreatedAt);
        var replyMs = botPosts.Where(p => !p.Message.Private && p.AnswerId is { } a && questionOf.ContainsKey(a) && askedAt.ContainsKey(questionOf[a]))
            .Select(p => (p.Message.CreatedAt - askedAt[questionOf[p.AnswerId!]]).TotalMilliseconds).ToList();
        return new SoakReport(accepted,
            await CountAsync(connection, "decision IN ('answer', 'smalltalk')"),
            await CountAsync(connection, "decision = 'handoff' AND reason IS DISTINCT FROM 'already_with_human'"),
            await CountAsync(connection, "reason = 'already_with_human'"),
            duplicates,
            await ScalarAsync(connection, """
                SELECT count(*) FROM hyyve.answer_requests r
                WHERE NOT EXISTS (SELECT 1 FROM hyyve.chat_rag_metadata m
                                  WHERE m.chatwoot_conversation_id = r.chatwoot_conversation_id AND m.chatwoot_message_id = r.chatwoot_message_id)
                  AND NOT EXISTS (SELECT 1 FROM hyyve.conversations c
                                  WHERE c.tenant_id = r.tenant_id AND c.chatwoot_conversation_id = r.chatwoot_conversation_id
                                    AND c.handoff_after_message_id >= r.chatwoot_message_id)
                """),
            messages.Count(m => m.IsBotMessageInHumanConversation),
            ack, replyMs);
    }

    /// <summary>Prints the table; returns the exit code: 1 when an invariant broke or the system never went quiet.</summary>
    public int Print(TimeSpan duration, int restarts, double rssStartMiB, double rssEndMiB, bool quiet)
    {
        var table = new Table($"Soak ({duration.TotalMinutes:0.#} min, {restarts} kill -9 restarts)", "measure", "value", "must be");
        table.Add("customer messages accepted", Accepted, "");
        table.Add("answered", Answered, "");
        table.Add("handed off by the bot", HandedOff, "");
        table.Add("not answered: already with a human", WithHuman, "");
        table.Add("duplicate posts", Duplicates, "0");
        table.Add("lost (accepted, no outcome)", Lost, "0");
        table.Add("bot posts into human-owned conversations", HumanReplies, "0");
        table.Add("ack p50 / p99 ms", $"{Stats.Percentile(AckMs, 50):0.0} / {Stats.Percentile(AckMs, 99):0.0}", "");
        table.Add("webhook to reply p50 / p99 ms", $"{Stats.Percentile(ReplyMs, 50):0} / {Stats.Percentile(ReplyMs, 99):0}", "");
        table.Add("server RSS at start / end MiB", $"{rssStartMiB:0} / {rssEndMiB:0}", "");
        table.Add("quiescent at the end", quiet ? "yes" : "no", "yes");
        table.Print();
        var broken = Duplicates > 0 || Lost > 0 || HumanReplies > 0 || !quiet;
        Console.WriteLine(broken ? "INVARIANT BROKEN" : "all invariants held");
        return broken ? 1 : 0;
    }

    /// <summary>No webhook in flight and no job ready or running, twice with no delivery started in between.</summary>
    public static async Task<bool> WaitForQuiescenceAsync(FakeChatwootServer chatwoot, string database, TimeSpan timeout)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var started = chatwoot.DeliveriesStarted;
            if (chatwoot.PendingDeliveries == 0
                && await ScalarAsync(connection, "SELECT count(*) FROM hyyve.jobs WHERE status IN ('ready', 'running')") == 0
                && chatwoot.PendingDeliveries == 0 && chatwoot.DeliveriesStarted == started)
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    private static string? AnswerId(FakeMessage message) =>
        message.ContentAttributes?["hyyve"]?["answer_id"]?.GetValue<string>();

    private static Task<long> CountAsync(NpgsqlConnection connection, string where) =>
        ScalarAsync(connection, $"SELECT count(*) FROM hyyve.chat_rag_metadata WHERE origin = 'chatwoot' AND {where}");

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
