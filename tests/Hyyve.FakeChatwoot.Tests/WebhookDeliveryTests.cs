namespace Hyyve.FakeChatwoot.Tests;

public sealed class WebhookDeliveryTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Customer_message_reaches_the_bot_with_the_exact_keys_and_signed_headers()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var conversation = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id, "Jane Doe");

        var message = f.Fake.CustomerSays(f.Account.Id, conversation.DisplayId, "How do I reset my password?");
        await f.Fake.WaitUntilAsync(() => !f.Receiver.Received.IsEmpty, Wait);

        var received = Assert.Single(f.Receiver.Received);
        var json = received.Json;
        Assert.Equal(
            ["account", "additional_attributes", "content_attributes", "content_type", "content", "conversation", "created_at",
             "id", "inbox", "message_type", "private", "sender", "source_id", "event"],
            json.Select(p => p.Key).ToArray());
        Assert.Equal("message_created", received.Event);
        Assert.Equal("incoming", json["message_type"]!.GetValue<string>());
        Assert.Equal(message.Id, json["id"]!.GetValue<int>());
        Assert.False(json["sender"]!.AsObject().ContainsKey("type"));
        Assert.EndsWith("Z", json["created_at"]!.GetValue<string>());
        var conv = json["conversation"]!.AsObject();
        Assert.Equal(conversation.DisplayId, conv["id"]!.GetValue<int>());
        Assert.Equal("pending", conv["status"]!.GetValue<string>());
        Assert.Equal(f.Account.Id, conv["account"]!["id"]!.GetValue<int>());
        var last = Assert.Single(conv["messages"]!.AsArray());
        Assert.Equal(0, last!["message_type"]!.GetValue<int>());
        Assert.Equal("contact", last["sender"]!["type"]!.GetValue<string>());

        Assert.StartsWith("application/json", received.Headers["Content-Type"]);
        Assert.Equal("application/json", received.Headers["Accept"]);
        Assert.True(Guid.TryParse(received.Headers["X-Chatwoot-Delivery"], out _));
        var ts = received.Headers["X-Chatwoot-Timestamp"];
        Assert.InRange(long.Parse(ts), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        Assert.Equal(WebhookSigner.Sign(f.Bot.Secret!, ts, received.Body), received.Headers["X-Chatwoot-Signature"]);
    }

    [Fact]
    public async Task Bot_without_secret_gets_unsigned_deliveries()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        f.Fake.AgentBot(f.Bot.Id)!.Secret = null;
        var conversation = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);

        f.Fake.CustomerSays(f.Account.Id, conversation.DisplayId, "hi");
        await f.Fake.WaitUntilAsync(() => !f.Receiver.Received.IsEmpty, Wait);

        var received = Assert.Single(f.Receiver.Received);
        Assert.True(received.Headers.ContainsKey("X-Chatwoot-Delivery"));
        Assert.False(received.Headers.ContainsKey("X-Chatwoot-Timestamp"));
        Assert.False(received.Headers.ContainsKey("X-Chatwoot-Signature"));
    }

    [Fact]
    public async Task Receiver_500_is_retried_three_times_then_the_pending_conversation_opens()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        f.Receiver.StatusCode = 500;
        var conversation = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);

        f.Fake.CustomerSays(f.Account.Id, conversation.DisplayId, "hello?");
        await f.Fake.WaitUntilAsync(() => f.Fake.Conversation(f.Account.Id, conversation.DisplayId).Status == "open", Wait);

        var attempts = f.Fake.Deliveries.Where(d => d.Event == "message_created").ToList();
        Assert.Equal([1, 2, 3], attempts.Select(d => d.Attempt).Order().ToArray());
        Assert.Single(attempts.Select(d => d.DeliveryId).Distinct());
        Assert.All(attempts, d => Assert.Equal(500, d.StatusCode));
        var activity = f.Fake.Messages(f.Account.Id, conversation.DisplayId).Single(m => m.IsActivity);
        Assert.Equal("Conversation was marked open by system due to an error with the agent bot.", activity.Content);
        Assert.DoesNotContain(f.Receiver.Received, r => r.Body.Contains("marked open by system", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Receiver_400_is_not_retried()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        f.Receiver.StatusCode = 400;
        var conversation = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);

        f.Fake.CustomerSays(f.Account.Id, conversation.DisplayId, "hello?");
        await f.Fake.WaitUntilAsync(() => f.Fake.Conversation(f.Account.Id, conversation.DisplayId).Status == "open", Wait);
        await f.Fake.WaitUntilAsync(() => f.Fake.PendingDeliveries == 0, Wait); // no retry is waiting either

        var attempt = Assert.Single(f.Fake.Deliveries, d => d.Event == "message_created");
        Assert.Equal(400, attempt.StatusCode);
        Assert.Equal(1, attempt.Attempt);
    }

    [Fact]
    public async Task Replayed_delivery_keeps_the_delivery_id_and_body()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var conversation = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);
        f.Fake.CustomerSays(f.Account.Id, conversation.DisplayId, "hi");
        await f.Fake.WaitUntilAsync(() => f.Fake.Deliveries.Count == 1, Wait);

        var replay = await f.Fake.SendRawWebhookAsync(f.Fake.Deliveries[0]);

        Assert.Equal(200, replay.StatusCode);
        var both = f.Receiver.Received.ToList();
        Assert.Equal(2, both.Count);
        Assert.Equal(both[0].Headers["X-Chatwoot-Delivery"], both[1].Headers["X-Chatwoot-Delivery"]);
        Assert.Equal(both[0].Body, both[1].Body);
    }

    [Fact]
    public async Task Status_change_sends_opened_status_changed_and_updated_events()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var conversation = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);

        f.Fake.SetStatus(f.Account.Id, conversation.DisplayId, "open", f.Admin.Id);
        await f.Fake.WaitUntilAsync(() => f.Receiver.Received.Count == 3, Wait);

        var events = f.Receiver.Received.Select(r => r.Event).Order().ToArray();
        Assert.Equal(["conversation_opened", "conversation_status_changed", "conversation_updated"], events);
        var updated = f.Receiver.Received.Single(r => r.Event == "conversation_updated").Json;
        Assert.Equal("pending", updated["changed_attributes"]![0]!["status"]!["previous_value"]!.GetValue<string>());
        Assert.Equal(f.Account.Name, updated["account"]!["name"]!.GetValue<string>());
        Assert.Contains(f.Fake.Messages(f.Account.Id, conversation.DisplayId), m => m.Content == "Conversation was reopened by Ada Admin");
    }

    [Fact]
    public async Task Slow_receiver_times_out_once_and_hands_off_without_retry()
    {
        await using var f = await FakeChatwootFixture.StartAsync(webhookTimeout: TimeSpan.FromMilliseconds(300));
        f.Receiver.Delay = TimeSpan.FromSeconds(2);
        var conversation = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);

        f.Fake.CustomerSays(f.Account.Id, conversation.DisplayId, "anyone?");
        await f.Fake.WaitUntilAsync(() => f.Fake.Conversation(f.Account.Id, conversation.DisplayId).Status == "open", Wait);

        var attempt = Assert.Single(f.Fake.Deliveries, d => d.Event == "message_created");
        Assert.Null(attempt.StatusCode);
        Assert.Equal("timeout", attempt.Error);
    }

    [Fact]
    public async Task Private_note_is_delivered_with_the_previous_public_message_in_the_conversation()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var conversation = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);
        var question = f.Fake.CustomerSays(f.Account.Id, conversation.DisplayId, "question");
        await f.Fake.WaitUntilAsync(() => f.Receiver.Received.Count == 1, Wait);

        var note = f.Fake.AgentSays(f.Account.Id, conversation.DisplayId, f.Admin.Id, "internal", isPrivate: true);
        await f.Fake.WaitUntilAsync(() => f.Receiver.Received.Any(r => r.Json["id"]?.GetValue<int>() == note.Id), Wait);

        var json = f.Receiver.Received.Single(r => r.Json["id"]?.GetValue<int>() == note.Id).Json;
        Assert.True(json["private"]!.GetValue<bool>());
        Assert.Equal("outgoing", json["message_type"]!.GetValue<string>());
        Assert.Equal("user", json["sender"]!["type"]!.GetValue<string>());
        Assert.Equal(question.Id, json["conversation"]!["messages"]![0]!["id"]!.GetValue<int>());
    }
}
