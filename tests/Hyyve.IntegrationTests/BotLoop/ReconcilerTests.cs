using Hyyve.Domain.Reconciliation;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hyyve.IntegrationTests.BotLoop;

/// <summary>The answer reconciler in Hyyve.Server: its schedule re-submits a lost job once, and leaves everything else alone.</summary>
public sealed class ReconcilerTests
{
    private static readonly Dictionary<string, string?> NoWorkers = new()
    {
        ["Jobs:Enabled"] = "false",
        ["Reconciler:GracePeriod"] = "00:00:02",
        ["Reconciler:Schedule"] = "* * * * * *",
    };

    [Fact]
    public async Task The_schedule_resubmits_only_the_lost_job_and_every_customer_gets_one_answer()
    {
        await using var world = await BotLoopWorld.StartAsync("reconcile", NoWorkers);
        var lostConversation = world.StartConversation("Lost Job");
        var lost = world.CustomerSays(lostConversation, KnowledgeFixture.PasswordQuestion);
        var keptConversation = world.StartConversation("Kept Job");
        var kept = world.CustomerSays(keptConversation, KnowledgeFixture.PasswordQuestion);
        var humanConversation = world.StartConversation("Taken Over");
        var human = world.CustomerSays(humanConversation, KnowledgeFixture.PasswordQuestion);
        await Eventually.TrueAsync(() => world.Chatwoot.PendingDeliveries == 0, BotLoopWorld.Wait, "the messages were delivered");

        // Two answer jobs never reach the queue (as when a queue write fails after intake committed); an agent takes one
        // of those conversations over before anything answers it.
        await world.ScalarAsync<int>($"DELETE FROM hyyve.jobs WHERE dedupe_key IN ('answer:{world.TenantId}:{lost.Id}', 'answer:{world.TenantId}:{human.Id}')");
        world.Chatwoot.SetStatus(world.Account.Id, humanConversation.DisplayId, "open", world.Admin.Id);
        await Eventually.TrueAsync(async () => await world.ScalarAsync<long>(
            "SELECT count(*) FROM hyyve.answer_requests WHERE verdict IS NOT NULL") == 3, BotLoopWorld.Wait, "the schedule judged all three");
        var verdicts = (await Verdict(world, lost.Id), await Verdict(world, kept.Id), await Verdict(world, human.Id));
        var lostJobs = await world.ScalarAsync<long>($"SELECT count(*) FROM hyyve.jobs WHERE dedupe_key = 'answer:{world.TenantId}:{lost.Id}'");
        await world.RestartHyyveAsync(new Dictionary<string, string?>(NoWorkers) { ["Jobs:Enabled"] = "true" });
        await world.WaitUntilAsync(() => world.BotMessages(lostConversation).Count == 1 && world.BotMessages(keptConversation).Count == 1,
            "both bot-owned conversations were answered");
        await world.SettleAsync();

        Assert.Equal((ReconcileVerdict.Resubmitted, ReconcileVerdict.JobExists, ReconcileVerdict.Human), verdicts);
        Assert.Equal(1, lostJobs);
        Assert.Single(world.BotMessages(lostConversation));
        Assert.Single(world.BotMessages(keptConversation));
        Assert.Empty(world.BotMessages(humanConversation, isPrivate: null));
        Assert.Equal(0L, await world.ScalarAsync<long>(
            $"SELECT count(*) FROM hyyve.jobs WHERE dedupe_key = 'answer:{world.TenantId}:{human.Id}'"));
    }

    [Fact]
    public async Task Concurrent_passes_resubmit_a_lost_job_exactly_once()
    {
        await using var world = await BotLoopWorld.StartAsync("reconcileonce",
            new Dictionary<string, string?>(NoWorkers) { ["Reconciler:Enabled"] = "false", ["Reconciler:GracePeriod"] = "00:00:01" });
        var conversation = world.StartConversation();
        var message = world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await Eventually.TrueAsync(() => world.Chatwoot.PendingDeliveries == 0, BotLoopWorld.Wait, "the message was delivered");
        await world.ScalarAsync<int>($"DELETE FROM hyyve.jobs WHERE dedupe_key = 'answer:{world.TenantId}:{message.Id}'");
        await Eventually.TrueAsync(async () => await world.ScalarAsync<bool>(
            "SELECT bool_and(accepted_at < now() - interval '1.5 seconds') FROM hyyve.answer_requests"), BotLoopWorld.Wait, "the grace period ended");

        var passes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = world.Hyyve.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AnswerReconciler>().RunOnceAsync(CancellationToken.None);
        }));
        var again = await RunPassAsync(world);

        Assert.Equal(1, passes.Sum(p => p.Resubmitted.Count));
        Assert.Empty(again.Resubmitted);
        Assert.Equal(1L, await world.ScalarAsync<long>($"SELECT count(*) FROM hyyve.jobs WHERE dedupe_key = 'answer:{world.TenantId}:{message.Id}'"));
    }

    private static async Task<ReconcileReport> RunPassAsync(BotLoopWorld world)
    {
        await using var scope = world.Hyyve.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AnswerReconciler>().RunOnceAsync(CancellationToken.None);
    }

    private static Task<string?> Verdict(BotLoopWorld world, int messageId) =>
        world.ScalarAsync<string>($"SELECT verdict FROM hyyve.answer_requests WHERE chatwoot_message_id = {messageId}");
}
