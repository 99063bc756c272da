using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.BotLoop;
using Hyyve.IntegrationTests.Infrastructure;
using Hyyve.IntegrationTests.Infrastructure.Browser;

namespace Hyyve.IntegrationTests.ConsolePage;

/// <summary>
/// The agent console in headless Chromium against a real Hyyve.Server (real PostgreSQL) connected to the fake Chatwoot:
/// what the page shows comes from the console API, and what an agent does in it must arrive in Chatwoot.
/// </summary>
public sealed class ConsolePageTests
{
    private const string Citation = "Reset your password";

    /// <summary>Set to a folder (the README's docs/) to keep screenshots of the command center, the project chat and the HITL queue.</summary>
    private static string? Screenshots => Environment.GetEnvironmentVariable("HYYVE_CONSOLE_SCREENSHOTS");

    [BrowserFact]
    public async Task An_agent_signs_in_reads_a_cited_answer_replies_into_Chatwoot_and_sees_a_new_message_live()
    {
        await using var world = await BotLoopWorld.StartAsync("consolethread");
        var conversation = world.StartConversation("Jane Doe");
        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count == 1, "the bot answered");
        const string reply = "Hi Jane, I have sent you a fresh reset link.";
        const string live = "Thanks, and can I also change my email address?";

        await BrowserScenario.RunAsync("thread", new
        {
            baseUrl = world.Hyyve.BaseAddress, apiKey = world.TenantKey, projectName = "Acme support", contactName = "Jane Doe",
            citationTitle = Citation, citationUrl = "https://help.acme.example/articles/reset-password",
            botAnswers = 1, replyText = reply, liveText = live, documents = KnowledgeFixture.Documents.Length, screenshots = Screenshots,
        }, (action, args) => action switch
        {
            "customerSays" => Task.FromResult<object?>(world.CustomerSays(conversation, args.GetProperty("text").GetString()!).Id),
            _ => throw new InvalidOperationException($"unknown action {action}"),
        });

        var sent = Assert.Single(world.Chatwoot.Messages(world.Account.Id, conversation.DisplayId), m => m.Content == reply);
        Assert.Equal("outgoing", sent.MessageType);
        Assert.False(sent.Private);
        Assert.False(sent.IsFromBot);
    }

    [BrowserFact]
    public async Task An_agent_sends_the_draft_of_a_handed_off_question_from_the_HITL_queue()
    {
        // A threshold no answer reaches: the password question is handed off as low confidence, with the bot's draft.
        await using var world = await BotLoopWorld.StartAsync("consolehitl", new Dictionary<string, string?> { ["Answering:ConfidenceThreshold"] = "0.999" });
        var conversation = world.StartConversation("Jane Doe");
        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.WaitUntilAsync(() => world.Status(conversation) == "open", "the conversation was handed off");
        var item = await HitlItemAsync(world, conversation);
        var draft = item.GetProperty("draft").GetString()!;
        Assert.Equal("low_confidence", item.GetProperty("reason").GetString());

        await BrowserScenario.RunAsync("hitl", new
        {
            baseUrl = world.Hyyve.BaseAddress, apiKey = world.TenantKey, question = KnowledgeFixture.PasswordQuestion,
            reasonLabel = "Low confidence", draft, screenshots = Screenshots,
        });

        var sent = Assert.Single(world.Chatwoot.Messages(world.Account.Id, conversation.DisplayId), m => m.Content == draft && !m.IsFromBot);
        Assert.Equal("outgoing", sent.MessageType);
        Assert.False(sent.Private);
    }

    [BrowserFact]
    public async Task A_corrected_answer_approved_in_the_console_answers_the_next_similar_question()
    {
        await using var world = await BotLoopWorld.StartAsync("consolecurate");
        var first = world.StartConversation("Jane Doe");
        world.CustomerSays(first, KnowledgeFixture.PasswordQuestion);
        await world.WaitUntilAsync(() => world.BotMessages(first).Count == 1, "the bot answered");
        const string corrected = "Open Settings, then Security, and press Reset password: the emailed link works for 30 minutes.";

        await BrowserScenario.RunAsync("curate", new
        {
            baseUrl = world.Hyyve.BaseAddress, apiKey = world.TenantKey, projectId = world.ProjectId, conversationId = first.DisplayId,
            correctedAnswer = corrected,
        });

        var next = world.StartConversation("John Roe");
        world.CustomerSays(next, "How can I reset my password?");
        await world.WaitUntilAsync(() => world.BotMessages(next).Count == 1, "the bot answered the similar question");
        Assert.Contains(corrected, world.BotMessages(next)[0].Content);
    }

    [BrowserFact]
    public async Task The_admin_replays_a_dead_job_of_the_project_from_its_Jobs_tab()
    {
        await using var world = await BotLoopWorld.StartAsync("consolejobs");
        const string error = "embedding endpoint refused the batch";
        var jobId = await world.ScalarAsync<long>($$"""
            INSERT INTO hyyve.jobs (kind, payload, status, attempts, max_attempts, last_error)
            VALUES ('knowledge-embed', '{"projectId":"{{world.ProjectId}}"}', 'dead', 5, 5, '{{error}}') RETURNING id
            """);

        await BrowserScenario.RunAsync("jobs", new
        {
            baseUrl = world.Hyyve.BaseAddress, apiKey = Infrastructure.TestServer.AdminKey, projectId = world.ProjectId, error,
        });

        Assert.NotEqual("dead", await world.ScalarAsync<string>($"SELECT status FROM hyyve.jobs WHERE id = {jobId}"));
    }

    private static async Task<JsonElement> HitlItemAsync(BotLoopWorld world, FakeConversation conversation)
    {
        using var client = world.Hyyve.CreateClient(world.TenantKey);
        JsonElement? found = null;
        await Eventually.TrueAsync(async () =>
        {
            var queue = await client.GetFromJsonAsync<JsonElement>("/api/hitl");
            found = queue.GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("conversationId").GetInt64() == conversation.DisplayId).Cast<JsonElement?>().FirstOrDefault();
            return found is { } f && f.GetProperty("draft").ValueKind == JsonValueKind.String;
        }, BotLoopWorld.Wait, "the handoff is in the HITL queue with a draft");
        return found!.Value;
    }
}
