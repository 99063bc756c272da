namespace Hyyve.IntegrationTests.Console;

/// <summary>Plays <see cref="ConsoleDay"/> once for the tests of a class; every test reads the recorded rows afresh.</summary>
public sealed class ConsoleDayFixture : IAsyncLifetime
{
    public ConsoleDay Day { get; private set; } = null!;

    public async Task InitializeAsync() => Day = await ConsoleDay.RunAsync("consoleday");

    public async Task DisposeAsync() => await Day.DisposeAsync();
}

/// <summary>The console test classes share one scripted day.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleDayCollection : ICollectionFixture<ConsoleDayFixture>
{
    public const string Name = "console day";
}
