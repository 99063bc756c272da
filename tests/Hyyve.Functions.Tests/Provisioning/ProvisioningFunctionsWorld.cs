using Hyyve.Domain.Jobs;
using Hyyve.Domain.Provisioning;
using Hyyve.FakeChatwoot;
using Hyyve.Functions.Chatwoot;
using Hyyve.Functions.Provisioning;
using Hyyve.Functions.Tests.Infrastructure;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hyyve.Functions.Tests.Provisioning;

/// <summary>A fake Chatwoot, the function app's host on a fresh database, and a Durable test host running its orchestration.</summary>
public sealed class ProvisioningFunctionsWorld : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    private readonly AsyncServiceScope _scope;
    private readonly DurableTaskTestHost _durable;

    private ProvisioningFunctionsWorld(FakeChatwootServer chatwoot, FunctionsHost functions, AsyncServiceScope scope, DurableTaskTestHost durable,
        FunctionsHttpRelay relay, TestQueues queues) =>
        (Chatwoot, Functions, _scope, _durable, Relay, Queues) = (chatwoot, functions, scope, durable, relay, queues);

    public FakeChatwootServer Chatwoot { get; }

    public FunctionsHost Functions { get; }

    /// <summary>The app's HTTP functions on loopback: the bot's webhook URL and the tenant's routes point here.</summary>
    public FunctionsHttpRelay Relay { get; }

    public TestQueues Queues { get; }

    public static async Task<ProvisioningFunctionsWorld> StartAsync(string purpose)
    {
        var chatwoot = await FakeChatwootServer.StartAsync();
        var functions = await FunctionsHost.StartAsync(TestPostgres.CreateDatabase(purpose), new Dictionary<string, string?>
        {
            ["Chatwoot:BaseUrl"] = chatwoot.BaseUrl.ToString(),
            ["Chatwoot:PlatformToken"] = chatwoot.PlatformToken,
            ["Jobs:BaseBackoff"] = "00:00:00.100",
            ["Jobs:MaxBackoff"] = "00:00:01",
        });
        var scope = functions.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        // The app's activity classes, activated from its own container as the worker would, behind the test host's registry.
        var durable = await DurableTaskTestHost.StartAsync(tasks =>
        {
            tasks.AddOrchestrator<ProvisionTenantOrchestrator>();
            tasks.AddActivityFunc<Guid, StepAdvance>(nameof(RunProvisioningStep), (_, runId) =>
                FunctionsHost.Activate<RunProvisioningStep>(services).RunFunctionAsync(runId, CancellationToken.None));
            tasks.AddActivityFunc<ProvisioningGiveUp, StepAdvance>(nameof(GiveUpProvisioning), (_, input) =>
                FunctionsHost.Activate<GiveUpProvisioning>(services).RunFunctionAsync(input, CancellationToken.None));
        }, new DurableTaskTestHostOptions { Port = ServerProcess.FreePort() });
        var queues = new TestQueues();
        var relay = await FunctionsHttpRelay.StartAsync(functions, queues);
        return new ProvisioningFunctionsWorld(chatwoot, functions, scope, durable, relay, queues);
    }

    public async Task<ProvisioningRun> StartRunAsync()
    {
        var request = new ProvisionTenantRequest("Acme", new ProvisionAdministrator("Ada", "ada@acme.example"),
            [new ProvisionProject("Website", WebsiteUrl: "https://acme.example"), new ProvisionProject("Partner API", Channel: "api")]);
        var (run, created) = await _scope.ServiceProvider.GetRequiredService<ProvisioningRequests>()
            .StartAsync(request, null, Relay.BaseAddress, CancellationToken.None);
        Assert.True(created);
        return run;
    }

    public Task StartOrchestrationAsync(ProvisioningRun run) => ProvisioningOrchestration.EnsureStartedAsync(_durable.Client, run,
        Functions.Services.GetRequiredService<IOptions<JobOptions>>().Value, CancellationToken.None);

    public async Task<OrchestrationMetadata> WaitAsync(ProvisioningRun run)
    {
        using var timeout = new CancellationTokenSource(Wait);
        return await _durable.Client.WaitForInstanceCompletionAsync(ProvisioningOrchestration.InstanceId(run), getInputsAndOutputs: true,
            timeout.Token);
    }

    /// <summary>Runs <c>AnswerWorker</c> on every queued answer job, as the runtime would, until the queue stays empty.</summary>
    public async Task RunAnswerQueueAsync()
    {
        for (var round = 0; round < 10 && Queues.Count(JobKinds.AnswerMessage) > 0; round++)
        {
            foreach (var message in Queues.Drain(JobKinds.AnswerMessage))
            {
                await using var scope = Functions.Services.CreateAsyncScope();
                var context = TestFunctionContext.ForQueue(scope.ServiceProvider, nameof(AnswerWorker), 1);
                Assert.Null(await FunctionsHost.Activate<AnswerWorker>(scope.ServiceProvider).RunAsync(message, context, CancellationToken.None));
            }

            await Eventually.TrueAsync(() => Chatwoot.PendingDeliveries == 0, Wait, "every webhook was delivered");
        }
    }

    public Task<ProvisioningRun> ReadAsync(ProvisioningRun run) =>
        _scope.ServiceProvider.GetRequiredService<ProvisioningRequests>().GetAsync(run.Id, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _durable.DisposeAsync();
        await _scope.DisposeAsync();
        await Relay.DisposeAsync();
        await Functions.DisposeAsync();
        await Chatwoot.DisposeAsync();
    }
}

/// <summary>DurableTaskTestHost, left to itself, takes a random port between 30000 and 40000 without checking it is free, and
/// collided with ports other servers of the run had; the world gives it one the OS has just handed out, and the tests that
/// start one run one at a time so two of them cannot be handed the same.</summary>
[CollectionDefinition(Name)]
public sealed class DurableTestHostCollection
{
    public const string Name = "durable test host";
}
