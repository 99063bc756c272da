using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Hyyve.Domain.Chatwoot;
using Hyyve.FakeChatwoot;
using Hyyve.LocalWorld;

namespace Hyyve.Benchmarks;

/// <summary>The local world on a fresh benchmark database, with three articles loaded.</summary>
internal sealed class BenchWorld(ConnectedWorld world) : IAsyncDisposable
{
    public FakeChatwootServer Chatwoot => world.Chatwoot;
    public Uri HyyveUrl => world.HyyveUrl;
    public FakeAccount Account => world.Account;
    public FakeInbox Inbox => world.Inbox;
    public Guid TenantId => world.TenantId;

    public static async Task<BenchWorld> StartAsync()
    {
        var world = await ConnectedWorld.StartAsync(new LocalWorldOptions
        {
            AccountName = "Bench",
            Environment = "Benchmark",
            Settings =
            {
                ["Database:ConnectionString"] = BenchDatabase.Create("bot"),
                ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
            },
        });
        await world.LoadDocumentsAsync(Articles);
        return new BenchWorld(world);
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
        request.Headers.Add("X-Chatwoot-Signature", WebhookSignature.Compute(world.Bot.Secret!, timestamp, bytes));
        return request;
    }

    public static readonly object[] Articles =
    [
        new { externalId = "reset-password", title = "Reset your password", url = "https://help.example/reset", contentType = "markdown",
              content = "# Reset your password\nTo reset your password, open Settings, choose Security and click Reset password. The emailed link is valid for 30 minutes." },
        new { externalId = "invoices", title = "Download invoices", url = "https://help.example/invoices", contentType = "markdown",
              content = "# Download invoices\nInvoices are under Billing, then Invoices, as PDF files issued on the first of each month." },
        new { externalId = "export", title = "Export your data", url = "https://help.example/export", contentType = "markdown",
              content = "# Export your data\nExport all projects as CSV from Settings, Data, Export." },
    ];

    public ValueTask DisposeAsync() => world.DisposeAsync();
}
