using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hyyve.Domain.Chatwoot;
using Hyyve.FakeChatwoot;
using Hyyve.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hyyve.Benchmarks;

/// <summary>Fake Chatwoot + Hyyve.Server on a fresh database, a tenant connected through the API, three articles loaded.</summary>
internal sealed class BenchWorld : IAsyncDisposable
{
    private const string AdminKey = "hyv_benchmark_admin_key_not_secret_0000000000";

    public required FakeChatwootServer Chatwoot { get; init; }
    public required WebApplication Hyyve { get; init; }
    public required Uri HyyveUrl { get; init; }
    public required FakeAccount Account { get; init; }
    public required FakeInbox Inbox { get; init; }
    public required Guid TenantId { get; init; }
    public required int BotId { get; init; }

    public static async Task<BenchWorld> StartAsync()
    {
        var chatwoot = await FakeChatwootServer.StartAsync(new FakeChatwootOptions());
        var account = chatwoot.CreateAccount("Bench");
        var admin = chatwoot.CreateUser(account.Id, "Admin", "admin@bench.example", "administrator");
        var inbox = chatwoot.CreateWebWidgetInbox(account.Id, "Bench Website");
        var app = HyyveServer.Build(["--urls=http://127.0.0.1:0", "--environment=Benchmark"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = BenchDatabase.Create("bot"),
                ["Tenancy:AdminApiKey"] = AdminKey,
                ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
                ["Logging:LogLevel:Default"] = "Warning",
            }));
        await app.StartAsync();
        var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var client = new HttpClient { BaseAddress = url };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        var connected = await (await client.PostAsJsonAsync("/api/tenants/connect", new
        {
            chatwootBaseUrl = chatwoot.BaseUrl.ToString(),
            accountId = account.Id,
            userToken = admin.AccessToken,
            projects = new[] { new { name = "Bench", inboxId = inbox.Id } },
        })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var projectId = connected.GetProperty("projects")[0].GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync($"/api/projects/{projectId}/documents", new { documents = Articles })).EnsureSuccessStatusCode();
        return new BenchWorld
        {
            Chatwoot = chatwoot, Hyyve = app, HyyveUrl = url, Account = account, Inbox = inbox,
            TenantId = connected.GetProperty("tenantId").GetGuid(), BotId = connected.GetProperty("botId").GetInt32(),
        };
    }

    /// <summary>A genuine message_created body (from a conversation the benchmark opens and leaves to humans).</summary>
    public async Task<JsonObject> RecordedCustomerMessageAsync()
    {
        var conversation = Chatwoot.StartConversation(Account.Id, Inbox.Id, "Template");
        Chatwoot.SetStatus(Account.Id, conversation.DisplayId, "open");
        var message = Chatwoot.CustomerSays(Account.Id, conversation.DisplayId, "Just looking around, thanks.");
        await Chatwoot.WaitUntilAsync(() => Chatwoot.Deliveries.Any(d => d.MessageId == message.Id && d.Succeeded), TimeSpan.FromSeconds(10));
        return Chatwoot.Deliveries.First(d => d.MessageId == message.Id && d.Succeeded).Json;
    }

    /// <summary>The template as a new message in one of 500 conversations, signed like Chatwoot signs it; the conversation is open, so only intake runs.</summary>
    public HttpRequestMessage SignedWebhook(JsonObject template, int messageId)
    {
        var body = (JsonObject)template.DeepClone();
        body["id"] = messageId;
        // Spread over many conversations, as real traffic is; one conversation's rows are updated under a lock.
        body["conversation"]!["id"] = 1_000_000 + messageId % 500;
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/chatwoot/bot/{TenantId}") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Chatwoot-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add("X-Chatwoot-Timestamp", timestamp);
        request.Headers.Add("X-Chatwoot-Signature", WebhookSignature.Compute(Chatwoot.AgentBot(BotId)!.Secret!, timestamp, bytes));
        return request;
    }

    private static readonly object[] Articles =
    [
        new { externalId = "reset-password", title = "Reset your password", url = "https://help.example/reset", contentType = "markdown",
              content = "# Reset your password\nTo reset your password, open Settings, choose Security and click Reset password. The emailed link is valid for 30 minutes." },
        new { externalId = "invoices", title = "Download invoices", url = "https://help.example/invoices", contentType = "markdown",
              content = "# Download invoices\nInvoices are under Billing, then Invoices, as PDF files issued on the first of each month." },
        new { externalId = "export", title = "Export your data", url = "https://help.example/export", contentType = "markdown",
              content = "# Export your data\nExport all projects as CSV from Settings, Data, Export." },
    ];

    public async ValueTask DisposeAsync()
    {
        await Hyyve.StopAsync();
        await Hyyve.DisposeAsync();
        await Chatwoot.DisposeAsync();
    }
}
