using System.Reflection;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using Hyyve.Domain.Jobs;
using Hyyve.FakeChatwoot;
using Hyyve.Functions.Chatwoot;
using Hyyve.Functions.Knowledge;
using Hyyve.Functions.Tests.Infrastructure;
using Hyyve.IntegrationTests.BotLoop;
using Microsoft.Azure.Functions.Worker;

namespace Hyyve.Functions.Tests.Queues;

/// <summary>
/// What the Functions runtime relies on, checked against real storage queues (Azurite): the text an output binding
/// writes is the text the trigger reads, in host.json's base64 encoding; retries count up <c>DequeueCount</c>; an
/// exhausted message goes to the queue named with the runtime's <c>-poison</c> rule, where the fail-open worker listens.
/// </summary>
public sealed class StorageQueueTests : IAsyncLifetime
{
    private FunctionsWorld _world = null!;

    public async Task InitializeAsync()
    {
        if (AzuriteFactAttribute.ConnectionString is not null || Environment.GetEnvironmentVariable("CI") is not null)
        {
            _world = await FunctionsWorld.StartAsync("fnqueues", new Dictionary<string, string?> { ["Jobs:MaxAttempts"] = "3" });
        }
    }

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }

    [AzuriteFact]
    public async Task The_webhooks_output_message_round_trips_base64_through_the_queue_into_one_reply()
    {
        var queue = await QueueAsync(JobKinds.AnswerMessage);
        var conversation = _world.StartConversation();
        _world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await _world.DeliveredAsync();
        var written = Assert.Single(_world.Queues.Drain(JobKinds.AnswerMessage));

        await queue.SendMessageAsync(written);
        var raw = (await Raw(queue).PeekMessageAsync()).Value;
        var received = (await queue.ReceiveMessageAsync()).Value;
        var poison = await _world.RunAnswerWorkerAsync(received.MessageText, received.DequeueCount);
        await queue.DeleteMessageAsync(received.MessageId, received.PopReceipt);
        await _world.DeliveredAsync();

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(written)), raw.Body.ToString());
        Assert.Equal(written, received.MessageText);
        Assert.Equal(1, received.DequeueCount);
        Assert.Null(poison);
        Assert.Single(_world.BotMessages(conversation));
    }

    [AzuriteFact]
    public async Task Retries_count_up_DequeueCount_and_the_exhausted_message_fails_open_from_the_poison_queue()
    {
        var queue = await QueueAsync(JobKinds.AnswerMessage);
        var poisonQueue = await QueueAsync(JobKinds.AnswerMessagePoison);
        var conversation = _world.StartConversation();
        _world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await _world.DeliveredAsync();
        await queue.SendMessageAsync(Assert.Single(_world.Queues.Drain(JobKinds.AnswerMessage)));
        _world.Chatwoot.Faults.FailAlways("POST messages", FakeFault.ServerError);

        // What the runtime does with host.json's maxDequeueCount (here Jobs:MaxAttempts = 3): run, leave the message on
        // failure, and after the last attempt move its text to "<queue>-poison".
        var attempts = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var message = (await queue.ReceiveMessageAsync()).Value
                ?? (await WaitForMessageAsync(queue));
            attempts.Add(message.DequeueCount);
            await Assert.ThrowsAnyAsync<Exception>(() => _world.RunAnswerWorkerAsync(message.MessageText, message.DequeueCount));
            if (message.DequeueCount >= 3)
            {
                await poisonQueue.SendMessageAsync(message.MessageText);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero);
            }
        }

        var poisoned = (await poisonQueue.ReceiveMessageAsync()).Value;
        _world.Chatwoot.Faults.Clear();
        await _world.RunAnswerPoisonWorkerAsync(poisoned.MessageText);
        await _world.DeliveredAsync();

        Assert.Equal([1L, 2L, 3L], attempts);
        Assert.Null((await queue.PeekMessageAsync()).Value);
        Assert.Equal("open", _world.Status(conversation));
        Assert.Equal("bot_failure", await _world.ScalarAsync<string>(
            $"SELECT handoff_reason FROM hyyve.conversations WHERE chatwoot_conversation_id = {conversation.DisplayId}"));
    }

    [AzuriteFact]
    public async Task Every_queue_the_functions_bind_follows_the_poison_rule_and_is_a_valid_storage_queue_name()
    {
        var service = new QueueServiceClient(AzuriteFactAttribute.RequireConnectionString());
        Func<Type, string> trigger = TriggerQueue;

        Assert.Equal(JobKinds.AnswerMessage + "-poison", trigger(typeof(AnswerPoisonWorker)));
        Assert.Equal(trigger(typeof(AnswerWorker)) + "-poison", trigger(typeof(AnswerPoisonWorker)));
        Assert.Equal(trigger(typeof(AnswerWorker)) + "-poison",
            typeof(AnswerWorker).GetMethod(nameof(AnswerWorker.RunAsync))!.GetCustomAttribute<QueueOutputAttribute>()!.QueueName);
        Assert.Equal(trigger(typeof(IngestWorker)) + "-poison", trigger(typeof(IngestPoisonWorker)));
        foreach (var name in new[] { JobKinds.AnswerMessage, JobKinds.AnswerMessagePoison, JobKinds.AnswerMessagePoison + "-poison",
                     JobKinds.IngestDocuments, JobKinds.IngestDocuments + "-poison" })
        {
            await service.GetQueueClient(name).CreateIfNotExistsAsync();
        }

        // The emulator enforces the naming rules, so the loop above proves something.
        await Assert.ThrowsAsync<RequestFailedException>(() => service.GetQueueClient("Chatwoot_Events").CreateIfNotExistsAsync());
    }

    private static string TriggerQueue(Type function) =>
        function.GetMethod("RunAsync")!.GetParameters().Select(p => p.GetCustomAttribute<QueueTriggerAttribute>()).First(a => a is not null)!.QueueName;

    /// <summary>The queue as the runtime reads it (host.json <c>messageEncoding: base64</c>), emptied.</summary>
    private static async Task<QueueClient> QueueAsync(string name)
    {
        var queue = new QueueClient(AzuriteFactAttribute.RequireConnectionString(), name,
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        await queue.ClearMessagesAsync();
        return queue;
    }

    private static QueueClient Raw(QueueClient queue) =>
        new(AzuriteFactAttribute.RequireConnectionString(), queue.Name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

    private static async Task<Azure.Storage.Queues.Models.QueueMessage> WaitForMessageAsync(QueueClient queue)
    {
        Azure.Storage.Queues.Models.QueueMessage? message = null;
        await Hyyve.IntegrationTests.Infrastructure.Eventually.TrueAsync(
            async () => (message = (await queue.ReceiveMessageAsync()).Value) is not null, TimeSpan.FromSeconds(10), "the message was visible again");
        return message!;
    }
}
