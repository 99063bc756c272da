using System.Text.Json.Nodes;
using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.Domain.Errors;
using Hyyve.FakeChatwoot;

namespace Hyyve.IntegrationTests.Chatwoot;

/// <summary>The retry rules of <see cref="ChatwootRetryRules"/>, observed as the requests the fake Chatwoot received.</summary>
public sealed class ChatwootResilienceTests : IAsyncLifetime
{
    private const string Messages = "POST messages";
    private FakeChatwootServer _chatwoot = null!;
    private ChatwootClients _clients = null!;
    private FakeAccount _account = null!;
    private FakeConversation _conversation = null!;
    private ChatwootAccount _user = null!;

    public async Task InitializeAsync()
    {
        _clients = await ChatwootClients.Create(new Dictionary<string, string?> { ["Chatwoot:RequestTimeout"] = "00:00:01" }).WarmedUpAsync();
        _chatwoot = await FakeChatwootServer.StartAsync();
        _account = _chatwoot.CreateAccount("Acme");
        var admin = _chatwoot.CreateUser(_account.Id, "Ada", "ada@acme.example");
        var inbox = _chatwoot.CreateWebWidgetInbox(_account.Id, "Web");
        _conversation = _chatwoot.StartConversation(_account.Id, inbox.Id);
        _user = new ChatwootAccount(_chatwoot.BaseUrl, _account.Id, admin.AccessToken);
        await ChatwootClients.WarmUpAsync(_chatwoot);
    }

    public async Task DisposeAsync()
    {
        await _clients.DisposeAsync();
        await _chatwoot.DisposeAsync();
    }

    [Fact]
    public async Task An_idempotent_call_is_retried_through_5xx_answers()
    {
        _chatwoot.Faults.FailNext("POST toggle_status", 2, FakeFault.ServerError);

        await _clients.Application.ToggleStatusAsync(_user, _conversation.DisplayId, new StatusChange("open"), default);

        Assert.Equal([500, 500, 200], StatusesOf("toggle_status"));
        Assert.Equal("open", _chatwoot.Conversation(_account.Id, _conversation.DisplayId).Status);
    }

    [Fact]
    public async Task An_idempotent_call_whose_attempt_times_out_is_retried()
    {
        _chatwoot.Faults.FailNext("GET inboxes", 1, FakeFault.Delay(TimeSpan.FromSeconds(3)));

        var inboxes = await _clients.Application.ListInboxesAsync(_user, default);

        Assert.NotEmpty(inboxes.Payload);
        await _chatwoot.WaitUntilAsync(() => _chatwoot.Requests.Count(r => r.Path.EndsWith("/inboxes")) == 2, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_message_create_is_retried_through_429s_and_lands_once()
    {
        _chatwoot.Faults.FailNext(Messages, 2, FakeFault.TooManyRequests);

        var created = await CreateMessageAsync();

        Assert.Equal([429, 429, 200], StatusesOf("messages"));
        Assert.Single(_chatwoot.Messages(_account.Id, _conversation.DisplayId), m => m.Id == created.Id);
    }

    [Fact]
    public async Task A_message_create_answered_500_after_Chatwoot_processed_it_is_not_retried()
    {
        _chatwoot.Faults.FailNext(Messages, 1, FakeFault.FailAfterProcessing(500));

        var failed = await Assert.ThrowsAsync<UpstreamException>(CreateMessageAsync);

        Assert.Equal(500, failed.StatusCode);
        Assert.Equal([500], StatusesOf("messages"));
        Assert.Single(_chatwoot.Messages(_account.Id, _conversation.DisplayId), m => m.Content == "Reset it in Settings.");
    }

    [Fact]
    public async Task A_message_create_whose_attempt_timed_out_is_not_retried()
    {
        _chatwoot.Faults.FailNext(Messages, 1, FakeFault.Delay(TimeSpan.FromSeconds(3)));

        await Assert.ThrowsAnyAsync<Exception>(CreateMessageAsync);

        // The client gave up after one attempt, so Chatwoot may or may not have created it: no second POST. The call has
        // returned, so its pipeline can send nothing more; only the fake's record of the first attempt may still be on its way.
        await _chatwoot.WaitUntilAsync(() => _chatwoot.Requests.Any(r => r.Path.EndsWith("/messages")), TimeSpan.FromSeconds(10));
        Assert.Single(_chatwoot.Requests, r => r.Method == "POST" && r.Path.EndsWith("/messages"));
    }

    [Fact]
    public async Task Retries_stop_after_MaxRetries_with_the_last_answer()
    {
        _chatwoot.Faults.FailAlways("GET inboxes", FakeFault.Status(503));

        var failed = await Assert.ThrowsAsync<UpstreamException>(() => _clients.Application.ListInboxesAsync(_user, default));

        Assert.Equal(503, failed.StatusCode);
        Assert.Equal(4, _chatwoot.Requests.Count(r => r.Path.EndsWith("/inboxes"))); // the call and MaxRetries (3) retries
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        _chatwoot.Faults.FailNext("POST toggle_status", 1, FakeFault.Status(422));

        var failed = await Assert.ThrowsAsync<UpstreamException>(() =>
            _clients.Application.ToggleStatusAsync(_user, _conversation.DisplayId, new StatusChange("open"), default));

        Assert.Equal(422, failed.StatusCode);
        Assert.Equal([422], StatusesOf("toggle_status"));
    }

    private Task<ChatwootMessage> CreateMessageAsync() => _clients.Application.CreateMessageAsync(_user, _conversation.DisplayId,
        new NewMessage("Reset it in Settings.", Private: false, new JsonObject()), default);

    private int[] StatusesOf(string lastSegment) =>
        [.. _chatwoot.Requests.Where(r => r.Path.EndsWith("/" + lastSegment)).Select(r => r.StatusCode)];
}
