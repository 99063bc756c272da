using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hyyve.Domain.Jobs;
using Hyyve.Functions.Tests.Infrastructure;
using Hyyve.IntegrationTests.BotLoop;

namespace Hyyve.Functions.Tests.Chatwoot;

/// <summary>The <c>ChatwootBotWebhook</c> function over HTTP: its status, its body and what its queue output writes.</summary>
public sealed class WebhookFunctionTests : IAsyncLifetime
{
    private FunctionsWorld _world = null!;

    public async Task InitializeAsync() => _world = await FunctionsWorld.StartAsync("fnwebhook");

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_signed_customer_message_gets_200_and_exactly_one_answer_job_on_the_queue()
    {
        var conversation = _world.StartConversation();
        var message = _world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await _world.DeliveredAsync();

        var queued = _world.Queues.Drain(JobKinds.AnswerMessage);

        var delivery = Assert.Single(_world.Chatwoot.Deliveries, d => d.MessageId == message.Id && d.Event == "message_created");
        Assert.Equal(200, delivery.StatusCode);
        var job = JsonSerializer.Deserialize(Assert.Single(queued), JobJsonContext.Default.AnswerMessageJob)!;
        Assert.Equal(new AnswerMessageJob(_world.TenantId, _world.ProjectId, conversation.DisplayId, message.Id), job with { AcceptedAt = null, AcceptedBy = null });
        Assert.NotNull(job.AcceptedBy);
        Assert.InRange(DateTimeOffset.UtcNow - job.AcceptedAt!.Value, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_repeated_delivery_is_answered_200_Duplicate_and_forwards_the_same_job_again()
    {
        var (body, deliveryId) = await FreshQuestionAsync(900_001);
        var first = await FunctionsWebhook.SendAsync(_world, body, deliveryId);
        var firstJob = Assert.Single(_world.Queues.Drain(JobKinds.AnswerMessage));

        var repeat = await FunctionsWebhook.SendAsync(_world, body, deliveryId);

        Assert.Equal((HttpStatusCode.OK, "Queued"), (first.Status, Outcome(first.Body)));
        Assert.Equal((HttpStatusCode.OK, "Duplicate"), (repeat.Status, Outcome(repeat.Body)));
        // Chatwoot repeats only after a 429/500, so the first queue write may be the one that was lost (README).
        Assert.Equal(JobPayloads.WhatItAsks(firstJob), JobPayloads.WhatItAsks(Assert.Single(_world.Queues.Drain(JobKinds.AnswerMessage))));
        Assert.Equal(1L, await _world.ScalarAsync<long>($"SELECT count(*) FROM hyyve.webhook_deliveries WHERE delivery_key = '{deliveryId}'"));
    }

    [Fact]
    public async Task A_wrong_signature_gets_401_and_writes_nothing()
    {
        var (body, deliveryId) = await FreshQuestionAsync(900_002);

        var (status, _) = await FunctionsWebhook.SendAsync(_world, body, deliveryId, secret: "not-the-bot-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, _world.Queues.Count(JobKinds.AnswerMessage));
        Assert.Equal(0L, await _world.ScalarAsync<long>($"SELECT count(*) FROM hyyve.webhook_deliveries WHERE delivery_key = '{deliveryId}'"));
    }

    [Fact]
    public async Task An_oversized_body_gets_413_and_writes_nothing()
    {
        var (body, deliveryId) = await FreshQuestionAsync(900_003);
        var huge = JsonNode.Parse(body)!.AsObject();
        huge["content"] = new string('x', 2 * 1024 * 1024);

        var (status, _) = await FunctionsWebhook.SendAsync(_world, huge.ToJsonString(), deliveryId);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(0, _world.Queues.Count(JobKinds.AnswerMessage));
        Assert.Equal(0L, await _world.ScalarAsync<long>("SELECT count(*) FROM hyyve.conversation_messages WHERE chatwoot_message_id = 900003"));
    }

    /// <summary>A genuine pending customer message body under a new message id and delivery id, with the queue emptied.</summary>
    private async Task<(string Body, string DeliveryId)> FreshQuestionAsync(int messageId)
    {
        var conversation = _world.StartConversation();
        var seed = _world.CustomerSays(conversation, "hello");
        await _world.DeliveredAsync();
        _world.Queues.Drain(JobKinds.AnswerMessage);
        var body = FunctionsWebhook.Variant(_world, seed.Id, json =>
        {
            json["id"] = messageId;
            json["content"] = KnowledgeFixture.PasswordQuestion;
        });
        return (body, Guid.NewGuid().ToString());
    }

    private static string? Outcome(string body) => JsonNode.Parse(body)?["outcome"]?.GetValue<string>();
}
