using System.Net;
using System.Text.Json.Nodes;

namespace Hyyve.IntegrationTests.BotLoop;

/// <summary>What intake refuses, with which status, and that a refusal queues nothing.</summary>
public sealed class IntakeTests : IAsyncLifetime
{
    private BotLoopWorld _world = null!;
    private string _validBody = "";

    public async Task InitializeAsync()
    {
        _world = await BotLoopWorld.StartAsync("intake");
        var conversation = _world.StartConversation();
        _world.Chatwoot.SetStatus(_world.Account.Id, conversation.DisplayId, "open", _world.Admin.Id);
        var message = _world.CustomerSays(conversation, "hello");
        await _world.SettleAsync();
        // A genuine body, turned back to a pending customer question, so only the variable under test is wrong.
        _validBody = SignedWebhook.Variant(_world, message.Id, json =>
        {
            json["id"] = 777_001;
            json["content"] = "How do I reset my password?";
            json["conversation"]!["status"] = "pending";
        });
    }

    [Fact]
    public async Task A_wrong_signature_is_refused_with_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedWebhook.SendAsync(_world, _validBody, secret: "not-the-secret"));
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task A_missing_signature_is_refused_with_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedWebhook.SendAsync(_world, _validBody, signatureOverride: ""));
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task A_stale_timestamp_is_refused_with_401_even_when_correctly_signed()
    {
        var sixMinutesAgo = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds();
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedWebhook.SendAsync(_world, _validBody, timestamp: sixMinutesAgo));
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task A_malformed_body_is_refused_with_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, await SignedWebhook.SendAsync(_world, "{\"event\": \"message_created\", "));
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var huge = JsonNode.Parse(_validBody)!.AsObject();
        huge["content"] = new string('x', 2 * 1024 * 1024);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await SignedWebhook.SendAsync(_world, huge.ToJsonString()));
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task An_unknown_inbox_is_acknowledged_with_200_so_Chatwoot_does_not_retry()
    {
        var body = JsonNode.Parse(_validBody)!.AsObject();
        body["inbox"]!["id"] = 424242;
        Assert.Equal(HttpStatusCode.OK, await SignedWebhook.SendAsync(_world, body.ToJsonString()));
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task The_valid_body_itself_is_accepted_and_queued()
    {
        Assert.Equal(HttpStatusCode.OK, await SignedWebhook.SendAsync(_world, _validBody));
        Assert.Equal(1L, await _world.ScalarAsync<long>("SELECT count(*) FROM hyyve.jobs WHERE kind = 'chatwoot-events'"));
    }

    private async Task AssertNothingQueuedAsync() =>
        Assert.Equal(0L, await _world.ScalarAsync<long>("SELECT count(*) FROM hyyve.jobs WHERE kind = 'chatwoot-events'"));

    public async Task DisposeAsync() => await _world.DisposeAsync();
}
