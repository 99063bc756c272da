using System.Text.Json;

namespace Hyyve.IntegrationTests.Console;

/// <summary>Every figure the console API serves equals what the recorded rows of the scripted day say (README definitions).</summary>
[Collection(ConsoleDayCollection.Name)]
public sealed class ConsoleFigureTests(ConsoleDayFixture fixture)
{
    private const double Tolerance = 1e-4;
    private ConsoleDay Day => fixture.Day;

    [Fact]
    public async Task The_day_recorded_answers_small_talk_and_a_handoff_of_every_reason()
    {
        var rows = await RowsAsync();
        Assert.Contains(rows.Answers, a => a.Decision == "answer");
        Assert.Contains(rows.Answers, a => a.Decision == "smalltalk");
        Assert.Equal(["bot_failure", "customer_request", "low_confidence", "missing_knowledge"],
            rows.Answers.Where(a => a.Decision == "handoff").Select(a => a.Reason!).Distinct().Order());
    }

    [Fact]
    public async Task Dashboard_totals_and_card_equal_the_recorded_rows()
    {
        var rows = await RowsAsync();
        var dashboard = await Day.GetAsync("/api/dashboard");
        var totals = dashboard.GetProperty("totals");
        var turns = rows.BotTurns().ToList();

        Assert.Equal(rows.Conversations.Count, totals.GetProperty("conversations").GetInt32());
        Assert.Equal(turns.Count, totals.GetProperty("botTurns").GetInt32());
        Assert.Equal(turns.Count(a => a.Decision == "answer"), totals.GetProperty("botAnswers").GetInt32());
        Assert.Equal(turns.Count(a => a.Decision == "handoff"), totals.GetProperty("handoffs").GetInt32());
        Assert.Equal(rows.Conversations.Count(rows.WaitsForHuman), totals.GetProperty("hitlWaiting").GetInt32());
        Assert.Equal(turns.Average(a => a.Confidence), totals.GetProperty("averageConfidence").GetDouble(), Tolerance);
        Assert.Equal((double)turns.Count(rows.Covered) / turns.Count, totals.GetProperty("coverage").GetDouble(), Tolerance);
        Assert.Equal((double)turns.Count(a => a.Decision == "answer") / turns.Count, totals.GetProperty("botAnsweredRate").GetDouble(), Tolerance);
        Assert.Equal((double)turns.Count(a => a.Decision == "handoff") / turns.Count, totals.GetProperty("handoffRate").GetDouble(), Tolerance);
        var byReason = turns.Where(a => a.Decision == "handoff").GroupBy(a => a.Reason!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(byReason, totals.GetProperty("handoffsByReason").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()));
        var waits = rows.AnsweredWaits();
        Assert.Equal(2, waits.Count);
        Assert.Equal(RecordedRows.Percentile(waits, 0.5)!.Value, totals.GetProperty("hitlWaitP50Seconds").GetDouble(), 3);
        Assert.Equal(RecordedRows.Percentile(waits, 0.9)!.Value, totals.GetProperty("hitlWaitP90Seconds").GetDouble(), 3);

        var card = Assert.Single(dashboard.GetProperty("projects").EnumerateArray());
        Assert.Equal(Day.World.ProjectId, card.GetProperty("id").GetGuid());
        Assert.Equal(rows.Conversations.Count(c => c.Status is "open" or "pending"), card.GetProperty("activeChats").GetInt32());
        Assert.Equal(rows.Conversations.Count(rows.WaitsForHuman), card.GetProperty("hitlWaiting").GetInt32());
        var jobs = await Day.World.ScalarAsync<long>(
            "SELECT count(*) FROM hyyve.jobs WHERE status = 'dead' AND updated_at > now() - interval '24 hours'");
        Assert.True(jobs > 0, "the bot failure left a dead job");
        Assert.Equal(jobs, card.GetProperty("jobsFailed24h").GetInt64());
        Assert.Equal("error", card.GetProperty("status").GetString());
        Assert.Equal(await Day.World.ScalarAsync<long>("SELECT count(*) FROM hyyve.jobs WHERE status = 'succeeded'"),
            card.GetProperty("jobsCompleted24h").GetInt64());
    }

    [Fact]
    public async Task Hitl_queue_lists_the_waiting_handoffs_oldest_first_with_question_draft_and_sources()
    {
        var rows = await RowsAsync();
        var queue = (await Day.GetAsync("/api/hitl")).GetProperty("items").EnumerateArray().ToList();

        var expected = rows.Conversations.Where(rows.WaitsForHuman).OrderBy(c => c.HandedOffAt).ThenBy(c => c.Id).ToList();
        Assert.Equal(expected.Select(c => c.Id), queue.Select(i => i.GetProperty("conversationId").GetInt64()));
        Assert.Contains(queue, i => i.GetProperty("conversationId").GetInt64() == Day.Unknown.DisplayId);
        Assert.DoesNotContain(queue, i => i.GetProperty("conversationId").GetInt64() == Day.LowConfidence.DisplayId);
        foreach (var item in queue)
        {
            var conversation = expected.Single(c => c.Id == item.GetProperty("conversationId").GetInt64());
            var handoff = rows.Answers.Where(a => a.ConversationId == conversation.Id && a.Decision == "handoff").MaxBy(a => a.At)!;
            Assert.Equal(conversation.Reason, item.GetProperty("reason").GetString());
            Assert.Equal(conversation.Contact, item.GetProperty("contactName").GetString());
            Assert.Equal(handoff.Question, item.GetProperty("question").GetString());
            Assert.Equal(handoff.Id, item.GetProperty("answerId").GetGuid());
            Assert.Equal(rows.Sources.Where(s => s.AnswerId == handoff.Id).OrderBy(s => s.Rank).Select(s => s.Title),
                item.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("title").GetString()!));
            var waited = (DateTimeOffset.UtcNow - conversation.HandedOffAt!.Value).TotalSeconds;
            Assert.InRange(item.GetProperty("waitingSeconds").GetDouble(), waited - 30, waited + 1);
        }
    }

    [Fact]
    public async Task Conversation_list_and_each_thread_match_the_transcript()
    {
        var rows = await RowsAsync();
        var list = await Day.GetAsync($"{Day.ProjectPath}/conversations?pageSize=200");
        Assert.Equal(rows.Conversations.Count, list.GetProperty("total").GetInt32());
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("conversationId").GetInt64();
            var messages = rows.Messages.Where(m => m.ConversationId == id).OrderBy(m => m.Id).ToList();
            var lastPublic = messages.Last(m => m.Type is "incoming" or "outgoing" && !m.Private);
            var lastReply = messages.Where(m => m.Type == "outgoing" && !m.Private).Select(m => m.Id).DefaultIfEmpty(0).Max();
            Assert.Equal(lastPublic.Content, item.GetProperty("lastMessage").GetString());
            Assert.Equal(messages.Count(m => m.Type == "incoming" && m.Id > lastReply), item.GetProperty("unread").GetInt32());
            Assert.Equal(rows.Conversations.Single(c => c.Id == id).Status, item.GetProperty("status").GetString());

            var thread = await Day.GetAsync($"{Day.ProjectPath}/conversations/{id}/messages");
            var items = thread.GetProperty("items").EnumerateArray().ToList();
            var shown = messages.Where(m => m.Type is "incoming" or "outgoing" or "template").OrderBy(m => m.At).ThenBy(m => m.Id).ToList();
            Assert.Equal(shown.Select(RecordedRows.Role), items.Select(i => i.GetProperty("role").GetString()!));
            Assert.Equal(shown.Select(m => m.AnswerId is not null && rows.Answers.Any(a => a.Id == m.AnswerId)),
                items.Select(i => i.GetProperty("rag").ValueKind == JsonValueKind.Object));
        }

        var pending = await Day.GetAsync($"{Day.ProjectPath}/conversations?status=pending");
        Assert.Equal(rows.Conversations.Count(c => c.Status == "pending"), pending.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Insights_and_answer_traces_match_the_rows()
    {
        var rows = await RowsAsync();
        foreach (var conversation in new[] { Day.Answered, Day.HumanAsked, Day.LowConfidence })
        {
            var turns = rows.BotTurns(conversation.DisplayId).ToList();
            var insights = await Day.GetAsync($"{Day.ProjectPath}/conversations/{conversation.DisplayId}/insights");
            Assert.Equal(turns.Count, insights.GetProperty("botTurns").GetInt32());
            Assert.Equal(turns.Average(a => a.Confidence), insights.GetProperty("averageConfidence").GetDouble(), Tolerance);
            Assert.Equal((double)turns.Count(rows.Covered) / turns.Count, insights.GetProperty("sourceCoverage").GetDouble(), Tolerance);
            var cited = rows.Sources.Where(s => s.Cited && turns.Any(t => t.Id == s.AnswerId)).GroupBy(s => s.Title).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(cited, insights.GetProperty("topSources").EnumerateArray().ToDictionary(s => s.GetProperty("title").GetString()!, s => s.GetProperty("hits").GetInt32()));
            // The project's threshold is the default (0.5) again after the low-confidence step.
            Assert.Equal(turns.Count(a => a.Confidence < 0.5), insights.GetProperty("lowConfidenceTurns").GetInt32());
            var customer = rows.Messages.Count(m => m.ConversationId == conversation.DisplayId && m.Type == "incoming");
            Assert.Equal(customer, insights.GetProperty("sentiment").GetProperty("trend").GetArrayLength());

            foreach (var turn in turns)
            {
                var trace = await Day.GetAsync($"{Day.ProjectPath}/answers/{turn.Id}");
                Assert.Equal(turn.Question, trace.GetProperty("question").GetString());
                Assert.Equal(turn.Decision, trace.GetProperty("decision").GetString());
                Assert.Equal(turn.Reason, trace.GetProperty("reason").GetString());
                Assert.Equal(turn.Model, trace.GetProperty("model").GetString());
                Assert.Equal(rows.Sources.Count(s => s.AnswerId == turn.Id), trace.GetProperty("retrieved").GetArrayLength());
            }
        }
    }

    private Task<RecordedRows> RowsAsync() => RecordedRows.ReadAsync(Day.World.ConnectionString, Day.World.ProjectId);
}
