using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.BotLoop;

namespace Hyyve.IntegrationTests.Console;

/// <summary>
/// A scripted day in one project, driven through the fake Chatwoot and the console API: a bot answer and small talk, then an
/// agent takes over and resolves; a request for a person answered by an agent and handed back; two questions the knowledge
/// cannot answer (still waiting); a low-confidence handoff with an agent's private note and reply; a bot failure.
/// </summary>
public sealed class ConsoleDay : IAsyncDisposable
{
    public const string OffTopic = "Can you recommend a good pizza place in Rome?";
    public const string OffTopicAgain = "Could you recommend a pizza place in Rome";

    private ConsoleDay(BotLoopWorld world) => World = world;

    public BotLoopWorld World { get; }

    public FakeConversation Answered { get; private set; } = null!;
    public FakeConversation HumanAsked { get; private set; } = null!;
    public FakeConversation Unknown { get; private set; } = null!;
    public FakeConversation UnknownAgain { get; private set; } = null!;
    public FakeConversation LowConfidence { get; private set; } = null!;
    public FakeConversation Failed { get; private set; } = null!;

    public HttpClient Tenant { get; private set; } = null!;

    public string ProjectPath => $"/api/projects/{World.ProjectId}";

    public static async Task<ConsoleDay> RunAsync(string purpose, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Jobs:MaxAttempts"] = "2" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var day = new ConsoleDay(await BotLoopWorld.StartAsync(purpose, all));
        await day.PlayAsync();
        return day;
    }

    private async Task PlayAsync()
    {
        Tenant = World.Hyyve.CreateClient(World.TenantKey);
        Answered = World.StartConversation("Ann Answered");
        await AskAsync(Answered, KnowledgeFixture.PasswordQuestion, bot: 1);
        await AskAsync(Answered, "Thanks!", bot: 2);
        await SetStatusAsync(Answered, "open");
        await SetStatusAsync(Answered, "resolved");

        HumanAsked = World.StartConversation("Hugo Human");
        await HandOffAsync(HumanAsked, "I want to talk to a person");
        await ReplyAsync(HumanAsked, "Hi Hugo, I'm here to help.", isPrivate: false);
        await SetStatusAsync(HumanAsked, "pending");
        await AskAsync(HumanAsked, "Where can I download invoices?", bot: 2);

        Unknown = World.StartConversation("Uma Unknown");
        await HandOffAsync(Unknown, OffTopic);
        UnknownAgain = World.StartConversation("Ugo Unknown");
        await HandOffAsync(UnknownAgain, OffTopicAgain);

        await World.ScalarAsync<int>($"UPDATE hyyve.projects SET confidence_threshold = 0.99 WHERE id = '{World.ProjectId}' RETURNING 1");
        LowConfidence = World.StartConversation("Lola Low");
        await HandOffAsync(LowConfidence, KnowledgeFixture.PasswordQuestion);
        await World.ScalarAsync<int>($"UPDATE hyyve.projects SET confidence_threshold = NULL WHERE id = '{World.ProjectId}' RETURNING 1");
        await ReplyAsync(LowConfidence, "Checking the reset email logs.", isPrivate: true);
        await ReplyAsync(LowConfidence, "I have sent you a new reset link.", isPrivate: false);

        Failed = World.StartConversation("Fay Failed");
        World.Chatwoot.Faults.FailAlways("POST messages", FakeFault.ServerError);
        World.CustomerSays(Failed, "How do I export my data?");
        await World.WaitUntilAsync(() => World.Status(Failed) == "open", "the bot failed open to a human");
        await World.SettleAsync();
        World.Chatwoot.Faults.Clear();
    }

    public async Task AskAsync(FakeConversation conversation, string text, int bot)
    {
        World.CustomerSays(conversation, text);
        await World.WaitUntilAsync(() => World.BotMessages(conversation).Count >= bot, $"the bot replied to \"{text}\"");
        await World.SettleAsync();
    }

    private async Task HandOffAsync(FakeConversation conversation, string text)
    {
        World.CustomerSays(conversation, text);
        await World.WaitUntilAsync(() => World.Status(conversation) == "open", $"\"{text}\" was handed off");
        await World.SettleAsync();
    }

    public async Task<JsonElement> ReplyAsync(FakeConversation conversation, string content, bool isPrivate)
    {
        var response = await Tenant.PostAsJsonAsync($"{ProjectPath}/conversations/{conversation.DisplayId}/reply", new { content, @private = isPrivate });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        await World.SettleAsync();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task SetStatusAsync(FakeConversation conversation, string status)
    {
        var response = await Tenant.PostAsJsonAsync($"{ProjectPath}/conversations/{conversation.DisplayId}/status", new { status });
        response.EnsureSuccessStatusCode();
        await World.WaitUntilAsync(() => World.Status(conversation) == status, $"Chatwoot shows {status}");
        await World.SettleAsync();
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await Tenant.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A second tenant (its own account and inbox) connected as an operator would; returns its tenant key.</summary>
    public async Task<string> ConnectOtherTenantAsync()
    {
        var chatwoot = World.Chatwoot;
        var account = chatwoot.CreateAccount("Other");
        var admin = chatwoot.CreateUser(account.Id, "Olga Other", "olga@other.example", "administrator");
        var inbox = chatwoot.CreateWebWidgetInbox(account.Id, "Other Website");
        using var client = World.Hyyve.CreateClient();
        var response = await client.PostAsJsonAsync("/api/tenants/connect", new
        {
            name = "Other",
            chatwootBaseUrl = chatwoot.BaseUrl.ToString(),
            accountId = account.Id,
            userToken = admin.AccessToken,
            projects = new[] { new { name = "Other support", inboxId = inbox.Id } },
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tenantApiKey").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Tenant?.Dispose();
        await World.DisposeAsync();
    }
}
