using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.BotLoop;

/// <summary>
/// A fake Chatwoot account with a web-widget inbox, a real Hyyve server on a fresh database, and the tenant
/// connected through <c>POST /api/tenants/connect</c> exactly as an operator would, with demo-style knowledge loaded.
/// </summary>
public sealed class BotLoopWorld : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private BotLoopWorld(FakeChatwootServer chatwoot, TestServer hyyve, FakeAccount account, FakeUser admin, FakeInbox inbox,
        string connectionString, JsonElement connected)
    {
        Chatwoot = chatwoot;
        Hyyve = hyyve;
        Account = account;
        Admin = admin;
        Inbox = inbox;
        ConnectionString = connectionString;
        TenantId = connected.GetProperty("tenantId").GetGuid();
        BotId = connected.GetProperty("botId").GetInt32();
        ProjectId = connected.GetProperty("projects")[0].GetProperty("id").GetGuid();
        TenantKey = connected.GetProperty("tenantApiKey").GetString()!;
    }

    public FakeChatwootServer Chatwoot { get; }

    public TestServer Hyyve { get; private set; }

    public FakeAccount Account { get; }

    public FakeUser Admin { get; }

    public FakeInbox Inbox { get; }

    public string ConnectionString { get; }

    public Guid TenantId { get; }

    public Guid ProjectId { get; }

    public int BotId { get; }

    public string TenantKey { get; }

    public FakeAgentBot Bot => Chatwoot.AgentBot(BotId)!;

    /// <summary><paramref name="serverConnection"/> maps the database's connection string to the one the server uses (e.g.
    /// through a <see cref="TcpGate"/>); the test itself always reads the database directly.</summary>
    public static async Task<BotLoopWorld> StartAsync(string purpose, IDictionary<string, string?>? settings = null,
        FakeChatwootOptions? chatwoot = null, Func<string, string>? serverConnection = null, ProjectSettings? project = null)
    {
        var fake = await FakeChatwootServer.StartAsync(chatwoot ?? new FakeChatwootOptions { RetryDelay = TimeSpan.FromMilliseconds(100) });
        try
        {
            return await StartAsync(fake, purpose, settings, serverConnection ?? (c => c), project ?? new ProjectSettings());
        }
        catch
        {
            await fake.DisposeAsync();
            throw;
        }
    }

    private static async Task<BotLoopWorld> StartAsync(FakeChatwootServer chatwoot, string purpose, IDictionary<string, string?>? settings,
        Func<string, string> serverConnection, ProjectSettings project)
    {
        var account = chatwoot.CreateAccount("Acme");
        var admin = chatwoot.CreateUser(account.Id, "Ada Admin", "ada@acme.example", "administrator");
        var inbox = chatwoot.CreateWebWidgetInbox(account.Id, "Acme Website");
        var db = TestPostgres.CreateDatabase(purpose);
        var hyyve = await TestServer.StartAsync(serverConnection(db), Settings(settings));
        using var client = hyyve.CreateClient();
        var response = await client.PostAsJsonAsync("/api/tenants/connect", new
        {
            name = "Acme",
            chatwootBaseUrl = chatwoot.BaseUrl.ToString(),
            accountId = account.Id,
            userToken = admin.AccessToken,
            projects = new[]
            {
                new { name = "Acme support", inboxId = inbox.Id, confidenceThreshold = project.ConfidenceThreshold, handoffMessage = project.HandoffMessage },
            },
        });
        response.EnsureSuccessStatusCode();
        var world = new BotLoopWorld(chatwoot, hyyve, account, admin, inbox, db, await response.Content.ReadFromJsonAsync<JsonElement>());
        await world.LoadKnowledgeAsync();
        return world;
    }

    /// <summary>Replaces the Hyyve server (same database, same port is not needed: the bot URL is updated on reconnect).</summary>
    public async Task RestartHyyveAsync(IDictionary<string, string?>? settings = null)
    {
        await Hyyve.DisposeAsync();
        Hyyve = await TestServer.StartAsync(ConnectionString, Settings(settings));
    }

    /// <summary>What an administrator does in Chatwoot after moving Hyyve: points the bot's outgoing URL at the current server.</summary>
    public void PointBotAtHyyve() => Bot.OutgoingUrl = new Uri(Hyyve.BaseAddress, $"api/chatwoot/bot/{TenantId}").ToString();

    /// <summary>Connects the account again through <paramref name="hyyve"/> (default: the in-process server), which points
    /// the bot's webhook at that server; nothing else changes.</summary>
    public async Task ReconnectAsync(Uri? hyyve = null)
    {
        using var client = new HttpClient { BaseAddress = hyyve ?? Hyyve.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestServer.AdminKey);
        var response = await client.PostAsJsonAsync("/api/tenants/connect", new
        {
            chatwootBaseUrl = Chatwoot.BaseUrl.ToString(),
            accountId = Account.Id,
            userToken = Admin.AccessToken,
            projects = new[] { new { name = "Acme support", inboxId = Inbox.Id } },
        });
        response.EnsureSuccessStatusCode();
    }

    public FakeConversation StartConversation(string contact = "Jane Doe") => Chatwoot.StartConversation(Account.Id, Inbox.Id, contact);

    public FakeMessage CustomerSays(FakeConversation conversation, string text) => Chatwoot.CustomerSays(Account.Id, conversation.DisplayId, text);

    public IReadOnlyList<FakeMessage> BotMessages(FakeConversation conversation, bool? isPrivate = false) =>
        Chatwoot.Messages(Account.Id, conversation.DisplayId)
            .Where(m => m.IsFromBot && (isPrivate is null || m.Private == isPrivate)).ToList();

    public string Status(FakeConversation conversation) => Chatwoot.Conversation(Account.Id, conversation.DisplayId).Status;

    public Task WaitUntilAsync(Func<bool> condition, string because) => Eventually.TrueAsync(condition, Wait, because);

    /// <summary>Waits until nothing is in flight, so an assertion that something did not happen cannot pass early.</summary>
    public Task SettleAsync() => Quiescence.WaitAsync(Chatwoot, QueueIdleAsync, Wait);

    public async Task<bool> QueueIdleAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM hyyve.jobs WHERE status IN ('ready', 'running')", connection);
        return (long)(await command.ExecuteScalarAsync())! == 0;
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }

    private async Task LoadKnowledgeAsync()
    {
        using var client = Hyyve.CreateClient(TenantKey);
        var response = await client.PostAsJsonAsync($"/api/projects/{ProjectId}/documents", new { documents = KnowledgeFixture.Documents });
        response.EnsureSuccessStatusCode();
    }

    private static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra)
    {
        var values = new Dictionary<string, string?>
        {
            ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
            ["Chatwoot:RetryBaseDelay"] = "00:00:00.050",
            ["Chatwoot:EchoWait"] = "00:00:00.300",
            ["Jobs:BaseBackoff"] = "00:00:00.100",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return values;
    }

    public async ValueTask DisposeAsync()
    {
        await Hyyve.DisposeAsync();
        await Chatwoot.DisposeAsync();
    }
}

/// <summary>A project's own settings, sent with connect (null: the server's defaults).</summary>
public sealed record ProjectSettings(double? ConfidenceThreshold = null, string? HandoffMessage = null);
