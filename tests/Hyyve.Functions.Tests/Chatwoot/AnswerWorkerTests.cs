using System.Text.Json;
using Hyyve.Domain.Jobs;
using Hyyve.FakeChatwoot;
using Hyyve.Functions.Tests.Infrastructure;
using Hyyve.IntegrationTests.BotLoop;

namespace Hyyve.Functions.Tests.Chatwoot;

/// <summary>The queue triggers: <c>AnswerWorker</c> fed with the webhook's queue output, and <c>AnswerPoisonWorker</c>'s fail-open.</summary>
public sealed class AnswerWorkerTests : IAsyncLifetime
{
    private FunctionsWorld _world = null!;

    public async Task InitializeAsync() => _world = await FunctionsWorld.StartAsync("fnanswer");

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_webhooks_queue_output_fed_to_AnswerWorker_posts_exactly_one_cited_reply()
    {
        var conversation = _world.StartConversation();
        _world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await _world.DeliveredAsync();
        var job = Assert.Single(_world.Queues.Drain(JobKinds.AnswerMessage));

        var poison = await _world.RunAnswerWorkerAsync(job);
        // The runtime may deliver a message twice (at-least-once); the second run must find the reply already posted.
        var again = await _world.RunAnswerWorkerAsync(job, dequeueCount: 2);
        await _world.DeliveredAsync();

        Assert.Null(poison);
        Assert.Null(again);
        var reply = Assert.Single(_world.BotMessages(conversation));
        Assert.Contains("[1]", reply.Content);
        Assert.Equal("pending", _world.Status(conversation));
    }

    [Fact]
    public async Task Two_deliveries_of_one_job_running_at_once_post_one_reply()
    {
        // A late original and the reconciler's copy, or the runtime's at-least-once delivery, may overlap.
        var conversation = _world.StartConversation();
        _world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await _world.DeliveredAsync();
        var job = Assert.Single(_world.Queues.Drain(JobKinds.AnswerMessage));

        await Task.WhenAll(_world.RunAnswerWorkerAsync(job), _world.RunAnswerWorkerAsync(job));
        await _world.DeliveredAsync();

        Assert.Single(_world.BotMessages(conversation));
    }

    [Fact]
    public async Task A_message_that_can_never_succeed_goes_to_the_poison_queue_at_once()
    {
        var orphan = JsonSerializer.Serialize(new AnswerMessageJob(Guid.NewGuid(), _world.ProjectId, 1, 1), JobJsonContext.Default.AnswerMessageJob);

        var poison = await _world.RunAnswerWorkerAsync(orphan);

        Assert.Equal(orphan, poison);
    }

    [Fact]
    public async Task A_failing_attempt_is_rethrown_so_the_runtime_retries_it()
    {
        var conversation = _world.StartConversation();
        _world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await _world.DeliveredAsync();
        var job = Assert.Single(_world.Queues.Drain(JobKinds.AnswerMessage));
        _world.Chatwoot.Faults.FailAlways("POST messages", FakeFault.ServerError);

        await Assert.ThrowsAnyAsync<Exception>(() => _world.RunAnswerWorkerAsync(job));

        Assert.Empty(_world.BotMessages(conversation, isPrivate: null));
    }

    [Fact]
    public async Task A_poison_message_fails_open_into_a_bot_failure_handoff()
    {
        var conversation = _world.StartConversation();
        _world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await _world.DeliveredAsync();
        var job = Assert.Single(_world.Queues.Drain(JobKinds.AnswerMessage));

        await _world.RunAnswerPoisonWorkerAsync(job);
        await _world.DeliveredAsync();

        Assert.Equal("open", _world.Status(conversation));
        Assert.Equal(1, _world.Chatwoot.Conversation(_world.Account.Id, conversation.DisplayId).BotHandoffCount);
        Assert.Equal("bot_failure", await _world.ScalarAsync<string>(
            $"SELECT handoff_reason FROM hyyve.conversations WHERE chatwoot_conversation_id = {conversation.DisplayId}"));
        Assert.Equal("bot_failure", await _world.ScalarAsync<string>(
            $"SELECT reason FROM hyyve.chat_rag_metadata WHERE chatwoot_conversation_id = {conversation.DisplayId}"));
        var toCustomer = Assert.Single(_world.BotMessages(conversation));
        Assert.StartsWith("I'm passing you to a member of our team", toCustomer.Content);
        Assert.Contains("bot_failure", Assert.Single(_world.BotMessages(conversation, isPrivate: true)).Content);
    }
}
