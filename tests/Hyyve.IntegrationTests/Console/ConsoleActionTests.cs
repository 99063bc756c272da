using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.IntegrationTests.BotLoop;

namespace Hyyve.IntegrationTests.Console;

/// <summary>What an agent does from the console reaches Chatwoot as the agent; curated answers and gaps; tenant isolation; live events.</summary>
[Collection(ConsoleDayCollection.Name)]
public sealed class ConsoleActionTests(ConsoleDayFixture fixture)
{
    private ConsoleDay Day => fixture.Day;

    [Fact]
    public void Replies_and_notes_from_the_console_are_posted_as_the_administrator_not_the_bot()
    {
        var messages = Day.World.Chatwoot.Messages(Day.World.Account.Id, Day.LowConfidence.DisplayId);
        var note = Assert.Single(messages, m => m.Content == "Checking the reset email logs.");
        var reply = Assert.Single(messages, m => m.Content == "I have sent you a new reset link.");
        Assert.True(note.Private);
        Assert.False(reply.Private);
        Assert.All(new[] { note, reply }, m => Assert.Equal(("User", Day.World.Admin.Id), (m.SenderType, m.SenderId)));
    }

    [Fact]
    public async Task Status_actions_take_over_resolve_and_hand_back_to_the_bot()
    {
        Assert.Equal("resolved", Day.World.Status(Day.Answered));
        Assert.Equal("pending", Day.World.Status(Day.HumanAsked));
        Assert.Contains("[1]", Day.World.BotMessages(Day.HumanAsked)[^1].Content);
        Assert.Equal("bot", await Day.World.ScalarAsync<string>(
            $"SELECT handled_by FROM hyyve.conversations WHERE chatwoot_conversation_id = {Day.HumanAsked.DisplayId}"));
    }

    [Fact]
    public async Task Bad_input_is_a_problem_that_names_the_field_and_changes_nothing()
    {
        var before = Day.World.Chatwoot.Messages(Day.World.Account.Id, Day.Unknown.DisplayId).Count;
        var status = await Day.Tenant.PostAsJsonAsync($"{Day.ProjectPath}/conversations/{Day.Unknown.DisplayId}/status", new { status = "closed" });
        var reply = await Day.Tenant.PostAsJsonAsync($"{Day.ProjectPath}/conversations/{Day.Unknown.DisplayId}/reply", new { content = " " });
        var unknown = await Day.Tenant.GetAsync($"{Day.ProjectPath}/conversations/999999/messages");

        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
        Assert.Equal("status", (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("open", Day.World.Status(Day.Unknown));
        Assert.Equal(before, Day.World.Chatwoot.Messages(Day.World.Account.Id, Day.Unknown.DisplayId).Count);
    }

    [Fact]
    public async Task A_corrected_answer_once_approved_answers_the_next_similar_question_cited_as_curated()
    {
        const string corrected = "Open Profile, then Security, and choose Send reset link.";
        var first = Day.World.StartConversation("Cora Curated");
        await Day.AskAsync(first, KnowledgeFixture.PasswordQuestion, bot: 1);
        var answerId = await Day.World.ScalarAsync<Guid>(
            $"SELECT answer_id FROM hyyve.chat_rag_metadata WHERE chatwoot_conversation_id = {first.DisplayId} AND decision = 'answer'");

        var rated = await Day.Tenant.PostAsJsonAsync($"{Day.ProjectPath}/answers/{answerId}/feedback", new { rating = "down", correctedAnswer = corrected });
        rated.EnsureSuccessStatusCode();
        var curatedId = (await rated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("curatedAnswerId").GetGuid();
        var pending = await Day.GetAsync($"{Day.ProjectPath}/curated-answers?status=pending");
        var item = Assert.Single(pending.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == curatedId);
        Assert.Equal(KnowledgeFixture.PasswordQuestion, item.GetProperty("question").GetString());
        Assert.Equal("down", (await Day.GetAsync($"{Day.ProjectPath}/answers/{answerId}")).GetProperty("feedback").GetProperty("rating").GetString());

        var second = Day.World.StartConversation("Cora Again");
        await Day.AskAsync(second, "how can I reset my password", bot: 1);
        Assert.NotEqual(corrected, Day.World.BotMessages(second)[^1].Content);

        var approve = await Day.Tenant.PatchAsJsonAsync($"{Day.ProjectPath}/curated-answers/{curatedId}", new { status = "approved" });
        approve.EnsureSuccessStatusCode();
        var third = Day.World.StartConversation("Cora Third");
        await Day.AskAsync(third, "How can I reset my password?", bot: 1);

        Assert.Equal(corrected, Day.World.BotMessages(third)[^1].Content);
        var servedId = await Day.World.ScalarAsync<Guid>(
            $"SELECT answer_id FROM hyyve.chat_rag_metadata WHERE chatwoot_conversation_id = {third.DisplayId} AND decision = 'answer'");
        var trace = await Day.GetAsync($"{Day.ProjectPath}/answers/{servedId}");
        Assert.Equal("curated", trace.GetProperty("model").GetString());
        var source = Assert.Single(trace.GetProperty("retrieved").EnumerateArray());
        Assert.Equal(("Curated answer", "curated", true),
            (source.GetProperty("title").GetString(), source.GetProperty("kind").GetString(), source.GetProperty("cited").GetBoolean()));

        var retire = await Day.Tenant.PatchAsJsonAsync($"{Day.ProjectPath}/curated-answers/{curatedId}", new { status = "retired" });
        retire.EnsureSuccessStatusCode();
        var fourth = Day.World.StartConversation("Cora Fourth");
        await Day.AskAsync(fourth, "How can I reset my password?", bot: 1);
        Assert.NotEqual(corrected, Day.World.BotMessages(fourth)[^1].Content);
    }

    [Fact]
    public async Task Gaps_group_the_similar_missing_knowledge_questions_with_their_count()
    {
        var expected = await Day.World.ScalarAsync<long>(
            $"SELECT count(*) FROM hyyve.chat_rag_metadata WHERE project_id = '{Day.World.ProjectId}' AND reason = 'missing_knowledge' AND question ILIKE '%pizza%'");
        var gaps = (await Day.GetAsync($"{Day.ProjectPath}/gaps")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(2, expected);
        var pizza = Assert.Single(gaps, g => g.GetProperty("question").GetString()!.Contains("pizza", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected, pizza.GetProperty("count").GetInt64());
        Assert.Equal(2, pizza.GetProperty("examples").GetArrayLength());
    }

    [Fact]
    public async Task Another_tenants_key_gets_404_on_every_console_route_of_this_project()
    {
        var otherKey = await Day.ConnectOtherTenantAsync();
        using var other = Day.World.Hyyve.CreateClient(otherKey);
        var answerId = await Day.World.ScalarAsync<Guid>($"SELECT answer_id FROM hyyve.chat_rag_metadata WHERE project_id = '{Day.World.ProjectId}' LIMIT 1");
        var curatedId = Guid.NewGuid();
        var cid = Day.Unknown.DisplayId;
        var p = Day.ProjectPath;
        var requests = new List<HttpRequestMessage>
        {
            new(HttpMethod.Get, $"{p}/conversations"), new(HttpMethod.Get, $"{p}/conversations/{cid}/messages"),
            new(HttpMethod.Get, $"{p}/conversations/{cid}/insights"), new(HttpMethod.Get, $"{p}/answers/{answerId}"),
            new(HttpMethod.Post, $"{p}/conversations/{cid}/reply") { Content = JsonContent.Create(new { content = "hi" }) },
            new(HttpMethod.Post, $"{p}/conversations/{cid}/status") { Content = JsonContent.Create(new { status = "resolved" }) },
            new(HttpMethod.Post, $"{p}/answers/{answerId}/feedback") { Content = JsonContent.Create(new { rating = "up" }) },
            new(HttpMethod.Get, $"{p}/curated-answers"),
            new(HttpMethod.Post, $"{p}/curated-answers") { Content = JsonContent.Create(new { question = "q", answer = "a" }) },
            new(HttpMethod.Patch, $"{p}/curated-answers/{curatedId}") { Content = JsonContent.Create(new { status = "approved" }) },
            new(HttpMethod.Get, $"{p}/gaps"), new(HttpMethod.Get, $"/api/hitl?projectId={Day.World.ProjectId}"),
            new(HttpMethod.Get, $"/api/events?projectId={Day.World.ProjectId}"),
        };
        foreach (var request in requests)
        {
            var (method, path) = (request.Method, request.RequestUri);
            using var response = await other.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode}");
        }

        using var dashboard = await other.GetAsync("/api/dashboard");
        var seen = await dashboard.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(seen.GetProperty("projects").EnumerateArray(), c => c.GetProperty("id").GetGuid() == Day.World.ProjectId);
        Assert.Equal(0, seen.GetProperty("totals").GetProperty("conversations").GetInt32());
        var queue = await (await other.GetAsync("/api/hitl")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, queue.GetProperty("items").GetArrayLength());
        Assert.Equal("open", Day.World.Status(Day.Unknown));
    }

    [Fact]
    public async Task The_event_stream_pushes_a_new_customer_message_to_a_browser_that_sends_its_key_in_the_query()
    {
        using var client = new HttpClient { BaseAddress = Day.World.Hyyve.BaseAddress };
        using var timeout = new CancellationTokenSource(BotLoopWorld.Wait);
        using var response = await client.GetAsync($"/api/events?projectId={Day.World.ProjectId}&access_token={Day.World.TenantKey}",
            HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal(": connected", await reader.ReadLineAsync(timeout.Token));

        var conversation = Day.World.StartConversation("Eve Live");
        Day.World.CustomerSays(conversation, "Is anyone there?");

        string? line;
        var expected = $"\"conversationId\":{conversation.DisplayId}";
        while ((line = await reader.ReadLineAsync(timeout.Token)) is not null && !(line.StartsWith("data:") && line.Contains(expected)))
        {
        }

        Assert.NotNull(line);
        Assert.Contains("\"role\":\"customer\"", line);
        await Day.World.SettleAsync();
    }
}
