using Hyyve.Functions.Tests.Infrastructure;
using Hyyve.IntegrationTests.Console;

namespace Hyyve.Functions.Tests.AgentConsole;

/// <summary>The scripted console day played through Hyyve.Server, then the function app started on the same database.</summary>
public sealed class ConsoleFunctionsFixture : IAsyncLifetime
{
    public ConsoleDay Day { get; private set; } = null!;

    public FunctionsHost Functions { get; private set; } = null!;

    public FunctionsHttpRelay Relay { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Day = await ConsoleDay.RunAsync("consolefunctions");
        Functions = await FunctionsHost.StartAsync(Day.World.ConnectionString);
        Relay = await FunctionsHttpRelay.StartAsync(Functions, new TestQueues());
    }

    public HttpClient CreateClient(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = Relay.BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        await Relay.DisposeAsync();
        await Functions.DisposeAsync();
        await Day.DisposeAsync();
    }
}
