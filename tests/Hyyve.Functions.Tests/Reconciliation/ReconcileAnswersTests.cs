using Hyyve.Domain.Jobs;
using Hyyve.Functions.Tests.Infrastructure;
using Hyyve.IntegrationTests.BotLoop;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.Functions.Tests.Reconciliation;

/// <summary>The <c>ReconcileAnswers</c> timer: a lost queue write is re-submitted once, and nothing else is.</summary>
public sealed class ReconcileAnswersTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> ShortGrace = new() { ["Reconciler:GracePeriod"] = "00:00:03" };

    private FunctionsWorld _world = null!;

    public async Task InitializeAsync() => _world = await FunctionsWorld.StartAsync("fnreconcile", ShortGrace);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_message_whose_queue_write_was_lost_is_resubmitted_once_and_answered_once()
    {
        var conversation = _world.StartConversation();
        var message = _world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await _world.DeliveredAsync();
        var lost = Assert.Single(_world.Queues.Drain(JobKinds.AnswerMessage)); // Chatwoot has its 200; the queue never got it.

        var withinGrace = await _world.RunReconcilerAsync();
        var resubmitted = await TickUntilAsync(r => r is not null, "the grace period ended and the lost job was re-submitted");
        var afterwards = await _world.RunReconcilerAsync();
        Assert.Null(await _world.RunAnswerWorkerAsync(Assert.Single(resubmitted!)));
        await _world.DeliveredAsync();
        var afterAnswer = await _world.RunReconcilerAsync();

        Assert.Null(withinGrace);
        Assert.Equal(JobPayloads.WhatItAsks(lost), JobPayloads.WhatItAsks(Assert.Single(resubmitted!)));
        Assert.Null(afterwards);
        Assert.Null(afterAnswer);
        Assert.Single(_world.BotMessages(conversation));
        Assert.Equal("resubmitted", await _world.ScalarAsync<string>(
            $"SELECT verdict FROM hyyve.answer_requests WHERE chatwoot_message_id = {message.Id}"));
    }

    [Fact]
    public async Task A_message_of_a_conversation_a_human_took_over_is_not_resurrected()
    {
        var conversation = _world.StartConversation();
        var message = _world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await _world.DeliveredAsync();
        _world.Queues.Drain(JobKinds.AnswerMessage);
        _world.Chatwoot.SetStatus(_world.Account.Id, conversation.DisplayId, "open", _world.Admin.Id);
        await _world.DeliveredAsync();

        await TickUntilJudgedAsync(message.Id);

        Assert.Equal("human", await _world.ScalarAsync<string>(
            $"SELECT verdict FROM hyyve.answer_requests WHERE chatwoot_message_id = {message.Id}"));
        Assert.Empty(_world.BotMessages(conversation, isPrivate: null));
    }

    [Fact]
    public async Task An_answered_message_is_left_alone()
    {
        var conversation = _world.StartConversation();
        var message = _world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await _world.DeliveredAsync();
        await _world.RunAnswerQueueAsync();

        await TickUntilJudgedAsync(message.Id);

        Assert.Equal("answered", await _world.ScalarAsync<string>(
            $"SELECT verdict FROM hyyve.answer_requests WHERE chatwoot_message_id = {message.Id}"));
        Assert.Single(_world.BotMessages(conversation));
    }

    private async Task<string[]?> TickUntilAsync(Func<string[]?, bool> done, string because)
    {
        string[]? last = null;
        await Eventually.TrueAsync(async () => done(last = await _world.RunReconcilerAsync()), TimeSpan.FromSeconds(15), because);
        return last;
    }

    private async Task TickUntilJudgedAsync(int messageId)
    {
        await Eventually.TrueAsync(async () =>
        {
            Assert.Null(await _world.RunReconcilerAsync());
            return await _world.ScalarAsync<string>($"SELECT verdict FROM hyyve.answer_requests WHERE chatwoot_message_id = {messageId}") is not null;
        }, TimeSpan.FromSeconds(15), $"the reconciler judged message {messageId}");
    }
}
