using Hyyve.Domain.Jobs;
using Hyyve.Domain.Provisioning;
using Hyyve.FakeChatwoot;
using Hyyve.Functions.Provisioning;
using Hyyve.Functions.Tests.Infrastructure;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hyyve.Functions.Tests.Provisioning;

/// <summary>
/// The provisioning orchestration under <c>DurableTaskTestHost</c>, with the function app's own activities over a real
/// PostgreSQL and the fake Chatwoot: the same Domain steps Hyyve.Server runs as jobs.
/// </summary>
[Collection(DurableTestHostCollection.Name)]
public sealed class ProvisioningOrchestrationTests
{
    [Fact]
    public async Task The_orchestration_provisions_every_step_once_reports_progress_and_a_repeated_start_adds_nothing()
    {
        await using var world = await ProvisioningFunctionsWorld.StartAsync("fn-provision");

        var run = await world.StartRunAsync();
        await world.StartOrchestrationAsync(run);
        var instance = await world.WaitAsync(run);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
        var advance = instance.ReadOutputAs<StepAdvance>()!;
        Assert.Equal(RunStates.Succeeded, advance.Status);
        Assert.Equal("\"succeeded 11/11 project[1]\"", instance.SerializedCustomStatus);
        Assert.Equal(RunStates.Succeeded, (await world.ReadAsync(run)).Status);
        Assert.Single(world.Chatwoot.Accounts());
        Assert.Single(world.Chatwoot.AllAgentBots());
        Assert.Equal(2, world.Chatwoot.AllInboxes().Count);
        var before = world.Chatwoot.Requests.Count;
        await world.StartOrchestrationAsync(await world.ReadAsync(run));
        Assert.Equal(before, world.Chatwoot.Requests.Count);
    }

    [Fact]
    public async Task An_activity_that_fails_twice_is_retried_by_the_policy_and_the_run_completes_with_one_account()
    {
        await using var world = await ProvisioningFunctionsWorld.StartAsync("fn-provision-retry");
        world.Chatwoot.Faults.FailNext("POST /platform/api/v1/accounts", 2, FakeFault.ServerError);

        var run = await world.StartRunAsync();
        await world.StartOrchestrationAsync(run);
        var instance = await world.WaitAsync(run);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
        var done = await world.ReadAsync(run);
        Assert.Equal(RunStates.Succeeded, done.Status);
        Assert.Equal(3, done.Steps.Single(s => s.Name == "account").Attempts);
        Assert.Single(world.Chatwoot.Accounts());
    }

    [Fact]
    public async Task A_permanent_refusal_ends_the_orchestration_with_the_run_failed_naming_the_step()
    {
        await using var world = await ProvisioningFunctionsWorld.StartAsync("fn-provision-4xx");
        world.Chatwoot.Faults.FailAlways("POST /api/v1/accounts/{account_id}/inboxes", FakeFault.Status(402));

        var run = await world.StartRunAsync();
        await world.StartOrchestrationAsync(run);
        var instance = await world.WaitAsync(run);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
        var advance = instance.ReadOutputAs<StepAdvance>()!;
        Assert.Equal(RunStates.Failed, advance.Status);
        Assert.Contains("inbox[0]", advance.Error);
        Assert.Contains("402", (await world.ReadAsync(run)).Error);
        Assert.Single(world.Chatwoot.Requests, r => r.Endpoint == "POST /api/v1/accounts/{account_id}/inboxes");
    }
}
