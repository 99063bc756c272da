using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot.Tests;

/// <summary>Per-test arrangement: a fake, a receiver, one account with an admin, a widget inbox and a signed bot.</summary>
public sealed class FakeChatwootFixture : IAsyncDisposable
{
    private FakeChatwootFixture(FakeChatwootServer fake, WebhookReceiver receiver)
    {
        Fake = fake;
        Receiver = receiver;
        Account = fake.CreateAccount("Acme");
        Admin = fake.CreateUser(Account.Id, "Ada Admin", "ada@acme.example", role: "administrator");
        Inbox = fake.CreateWebWidgetInbox(Account.Id, "Acme Website");
        Bot = fake.CreateAgentBot(Account.Id, "HelpBot", receiver.Url.ToString(), withSecret: true);
        fake.SetAgentBot(Inbox.Id, Bot.Id);
        Http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = fake.BaseUrl };
    }

    public FakeChatwootServer Fake { get; }
    public WebhookReceiver Receiver { get; }
    public FakeAccount Account { get; }
    public FakeUser Admin { get; }
    public FakeInbox Inbox { get; }
    public FakeAgentBot Bot { get; }
    public HttpClient Http { get; }

    /// <summary>A fake Chatwoot with test-sized retry waits; <paramref name="time"/> is its clock (a test that must see a
    /// delete job before it runs moves it by hand).</summary>
    public static async Task<FakeChatwootFixture> StartAsync(TimeSpan? webhookTimeout = null, int messagesPerMinute = 200, TimeProvider? time = null)
    {
        var receiver = await WebhookReceiver.StartAsync();
        var fake = await FakeChatwootServer.StartAsync(new FakeChatwootOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(100),
            WebhookTimeout = webhookTimeout ?? TimeSpan.FromSeconds(5),
            MessagesPerMinuteLimit = messagesPerMinute,
            TimeProvider = time ?? TimeProvider.System,
        });
        return new FakeChatwootFixture(fake, receiver);
    }

    public string ConversationPath(int displayId, string suffix = "") =>
        $"api/v1/accounts/{Account.Id}/conversations/{displayId}{suffix}";

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, bool hyphenated = true)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Add(hyphenated ? "Api-Access-Token" : "api_access_token", token);
        }

        if (body is not null)
        {
            request.Content = body is JsonNode node ? JsonContent.Create(node) : JsonContent.Create(body);
        }

        return Http.SendAsync(request);
    }

    public static async Task<JsonNode?> JsonOf(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync());

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Fake.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
