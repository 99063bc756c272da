using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.Domain.Jobs;
using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.BotLoop;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hyyve.Functions.Tests.Infrastructure;

/// <summary>
/// A fake Chatwoot account with a web-widget inbox, the function app's host on a fresh database behind
/// <see cref="FunctionsHttpRelay"/>, and the tenant connected through the <c>ConnectTenant</c> function, so the fake
/// Chatwoot's webhooks reach the <c>ChatwootBotWebhook</c> function. Queue outputs collect in <see cref="Queues"/>; the
/// tests run the queue triggers themselves, as the runtime would.
/// </summary>
public sealed partial class FunctionsWorld : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private FunctionsWorld(FakeChatwootServer chatwoot, FunctionsHost functions, FunctionsHttpRelay relay, TestQueues queues,
        FakeAccount account, FakeUser admin, FakeInbox inbox, string connectionString)
    {
        Chatwoot = chatwoot;
        Functions = functions;
        Relay = relay;
        Queues = queues;
        Account = account;
        Admin = admin;
        Inbox = inbox;
        ConnectionString = connectionString;
    }

    public FakeChatwootServer Chatwoot { get; }

    public FunctionsHost Functions { get; }

    public FunctionsHttpRelay Relay { get; }

    public TestQueues Queues { get; }

    public FakeAccount Account { get; }

    public FakeUser Admin { get; }

    public FakeInbox Inbox { get; }

    public string ConnectionString { get; }

    public Guid TenantId { get; private set; }

    public Guid ProjectId { get; private set; }

    public string TenantKey { get; private set; } = "";

    public int BotId { get; private set; }

    public FakeAgentBot Bot => Chatwoot.AgentBot(BotId)!;

    public static async Task<FunctionsWorld> StartAsync(string purpose, IDictionary<string, string?>? settings = null)
    {
        var chatwoot = await FakeChatwootServer.StartAsync(new FakeChatwootOptions { RetryDelay = TimeSpan.FromMilliseconds(100) });
        var account = chatwoot.CreateAccount("Acme");
        var admin = chatwoot.CreateUser(account.Id, "Ada Admin", "ada@acme.example", "administrator");
        var inbox = chatwoot.CreateWebWidgetInbox(account.Id, "Acme Website");
        var db = TestPostgres.CreateDatabase(purpose);
        var functions = await FunctionsHost.StartAsync(db, settings);
        var queues = new TestQueues();
        var relay = await FunctionsHttpRelay.StartAsync(functions, queues);
        var world = new FunctionsWorld(chatwoot, functions, relay, queues, account, admin, inbox, db);
        await world.ConnectAsync();
        return world;
    }

    public HttpClient CreateClient(string? apiKey = FunctionsHost.AdminKey)
    {
        var client = new HttpClient { BaseAddress = Relay.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    public FakeConversation StartConversation(string contact = "Jane Doe") => Chatwoot.StartConversation(Account.Id, Inbox.Id, contact);

    public FakeMessage CustomerSays(FakeConversation conversation, string text) => Chatwoot.CustomerSays(Account.Id, conversation.DisplayId, text);

    public IReadOnlyList<FakeMessage> BotMessages(FakeConversation conversation, bool? isPrivate = false) =>
        Chatwoot.Messages(Account.Id, conversation.DisplayId)
            .Where(m => m.IsFromBot && (isPrivate is null || m.Private == isPrivate)).ToList();

    public string Status(FakeConversation conversation) => Chatwoot.Conversation(Account.Id, conversation.DisplayId).Status;

    public Task WaitUntilAsync(Func<bool> condition, string because) => Eventually.TrueAsync(condition, Wait, because);

    /// <summary>Waits until the fake Chatwoot delivered every webhook (so intake has run and written its queue output).</summary>
    public Task DeliveredAsync() => Eventually.TrueAsync(() => Chatwoot.PendingDeliveries == 0, Wait, "every webhook was delivered");

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }

    private async Task ConnectAsync()
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/tenants/connect", new
        {
            name = "Acme",
            chatwootBaseUrl = Chatwoot.BaseUrl.ToString(),
            accountId = Account.Id,
            userToken = Admin.AccessToken,
            projects = new[] { new { name = "Acme support", inboxId = Inbox.Id } },
        });
        response.EnsureSuccessStatusCode();
        var connected = await response.Content.ReadFromJsonAsync<JsonElement>();
        TenantId = connected.GetProperty("tenantId").GetGuid();
        BotId = connected.GetProperty("botId").GetInt32();
        ProjectId = connected.GetProperty("projects")[0].GetProperty("id").GetGuid();
        TenantKey = connected.GetProperty("tenantApiKey").GetString()!;

        using var tenant = CreateClient(TenantKey);
        (await tenant.PostAsJsonAsync($"/api/projects/{ProjectId}/documents", new { documents = KnowledgeFixture.Documents })).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await Relay.DisposeAsync();
        await Functions.DisposeAsync();
        await Chatwoot.DisposeAsync();
    }
}
