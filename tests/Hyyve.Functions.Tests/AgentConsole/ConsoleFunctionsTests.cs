using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hyyve.IntegrationTests.Console;

namespace Hyyve.Functions.Tests.AgentConsole;

/// <summary>The console's functions over the scripted day: the same figures as the rows (and as Hyyve.Server), the agent's
/// actions reach the fake Chatwoot as the administrator, another tenant's project is a 404.</summary>
public sealed class ConsoleFunctionsTests(ConsoleFunctionsFixture fixture) : IClassFixture<ConsoleFunctionsFixture>
{
    private ConsoleDay Day => fixture.Day;

    [Fact]
    public async Task Dashboard_figures_equal_the_recorded_rows()
    {
        var rows = await RecordedRows.ReadAsync(Day.World.ConnectionString, Day.World.ProjectId);
        using var client = fixture.CreateClient(Day.World.TenantKey);
        var totals = (await client.GetFromJsonAsync<JsonElement>("/api/dashboard")).GetProperty("totals");
        var turns = rows.BotTurns().ToList();

        Assert.Equal(rows.Conversations.Count, totals.GetProperty("conversations").GetInt32());
        Assert.Equal(turns.Count(a => a.Decision == "answer"), totals.GetProperty("botAnswers").GetInt32());
        Assert.Equal(turns.Count(a => a.Decision == "handoff"), totals.GetProperty("handoffs").GetInt32());
        Assert.Equal(rows.Conversations.Count(rows.WaitsForHuman), totals.GetProperty("hitlWaiting").GetInt32());
        Assert.Equal(turns.Average(a => a.Confidence), totals.GetProperty("averageConfidence").GetDouble(), 4);
        Assert.Equal((double)turns.Count(rows.Covered) / turns.Count, totals.GetProperty("coverage").GetDouble(), 4);
        Assert.Equal(RecordedRows.Percentile(rows.AnsweredWaits(), 0.5)!.Value, totals.GetProperty("hitlWaitP50Seconds").GetDouble(), 3);
    }

    [Fact]
    public async Task Every_console_read_answers_as_Hyyve_Server_does()
    {
        var answerId = await Day.World.ScalarAsync<Guid>(
            $"SELECT answer_id FROM hyyve.chat_rag_metadata WHERE project_id = '{Day.World.ProjectId}' AND decision = 'answer' LIMIT 1");
        var p = Day.ProjectPath;
        string[] paths =
        [
            "/api/dashboard", "/api/hitl", $"/api/hitl?projectId={Day.World.ProjectId}", $"{p}/conversations?pageSize=5&page=2",
            $"{p}/conversations?status=open", $"{p}/conversations/{Day.LowConfidence.DisplayId}/messages",
            $"{p}/conversations/{Day.HumanAsked.DisplayId}/insights", $"{p}/answers/{answerId}", $"{p}/curated-answers", $"{p}/gaps",
            $"{p}/conversations?status=closed", $"{p}/conversations/424242/messages", $"{p}/answers/{Guid.NewGuid()}",
        ];
        using var functions = fixture.CreateClient(Day.World.TenantKey);
        foreach (var path in paths)
        {
            using var fromServer = await Day.Tenant.GetAsync(path);
            using var fromFunctions = await functions.GetAsync(path);
            Assert.True(fromServer.StatusCode == fromFunctions.StatusCode, $"{path}: {fromServer.StatusCode} vs {fromFunctions.StatusCode}");
            Assert.Equal(await ComparableAsync(fromServer), await ComparableAsync(fromFunctions));
        }
    }

    [Fact]
    public async Task A_reply_a_note_and_a_status_change_reach_Chatwoot_as_the_administrator()
    {
        using var client = fixture.CreateClient(Day.World.TenantKey);
        var conversation = Day.UnknownAgain.DisplayId;
        var path = $"{Day.ProjectPath}/conversations/{conversation}";

        var note = await client.PostAsJsonAsync($"{path}/reply", new { content = "Looking for a pizza article.", @private = true });
        var reply = await client.PostAsJsonAsync($"{path}/reply", new { content = "We only know about our product, sorry!" });
        var bad = await client.PostAsJsonAsync($"{path}/status", new { status = "snoozed" });
        var resolved = await client.PostAsJsonAsync($"{path}/status", new { status = "resolved" });

        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        resolved.EnsureSuccessStatusCode();
        var messages = Day.World.Chatwoot.Messages(Day.World.Account.Id, conversation);
        var posted = messages.Where(m => m.SenderType == "User").ToList();
        Assert.Equal([(true, "Looking for a pizza article."), (false, "We only know about our product, sorry!")],
            posted.Select(m => (m.Private, m.Content!)));
        Assert.All(posted, m => Assert.Equal(Day.World.Admin.Id, m.SenderId));
        Assert.Equal((await note.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageId").GetInt32(), posted[0].Id);
        Assert.Equal("resolved", Day.World.Status(Day.UnknownAgain));
        await Day.World.SettleAsync();
    }

    [Fact]
    public async Task Another_tenants_key_gets_404_from_every_console_function_of_this_project()
    {
        using var client = fixture.CreateClient(await Day.ConnectOtherTenantAsync());
        var answerId = await Day.World.ScalarAsync<Guid>($"SELECT answer_id FROM hyyve.chat_rag_metadata WHERE project_id = '{Day.World.ProjectId}' LIMIT 1");
        var (p, cid) = (Day.ProjectPath, Day.Unknown.DisplayId);
        var requests = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, $"{p}/conversations", null), (HttpMethod.Get, $"{p}/conversations/{cid}/messages", null),
            (HttpMethod.Get, $"{p}/conversations/{cid}/insights", null), (HttpMethod.Get, $"{p}/answers/{answerId}", null),
            (HttpMethod.Post, $"{p}/conversations/{cid}/reply", new { content = "hi" }),
            (HttpMethod.Post, $"{p}/conversations/{cid}/status", new { status = "resolved" }),
            (HttpMethod.Post, $"{p}/answers/{answerId}/feedback", new { rating = "up" }), (HttpMethod.Get, $"{p}/curated-answers", null),
            (HttpMethod.Post, $"{p}/curated-answers", new { question = "q", answer = "a" }),
            (HttpMethod.Patch, $"{p}/curated-answers/{Guid.NewGuid()}", new { status = "approved" }), (HttpMethod.Get, $"{p}/gaps", null),
            (HttpMethod.Get, $"/api/hitl?projectId={Day.World.ProjectId}", null),
        };
        foreach (var (method, path, body) in requests)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode}");
        }

        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/dashboard");
        Assert.Equal(0, dashboard.GetProperty("totals").GetProperty("conversations").GetInt32());
        Assert.Equal("open", Day.World.Status(Day.Unknown));
    }

    /// <summary>The JSON with the values that move with the clock between two requests (waiting times) removed.</summary>
    private static async Task<string> ComparableAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? "" : Strip(JsonNode.Parse(body))?.ToJsonString() ?? "null";
    }

    private static JsonNode? Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).Where(k => k is "waitingSeconds" or "traceId").ToList())
                {
                    o.Remove(key);
                }

                foreach (var (_, child) in o)
                {
                    Strip(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Strip(child);
                }

                break;
        }

        return node;
    }
}
