using Hyyve.FakeChatwoot;

// Run by hand: dotnet run --project tests/Hyyve.FakeChatwoot -- --port 3000 [--seed-demo]
var port = args.SkipWhile(a => a != "--port").Skip(1).Select(int.Parse).FirstOrDefault(3000);
await using var fake = await FakeChatwootServer.StartAsync(new FakeChatwootOptions { Port = port, ConsoleLogging = true });
Console.WriteLine($"Fake Chatwoot listening on {fake.BaseUrl}");
Console.WriteLine($"Platform token: {fake.PlatformToken}");
if (args.Contains("--seed-demo"))
{
    DemoSeed.Print(fake);
}

// Ctrl+C / SIGTERM stop the host (ConsoleLifetime); then the fake is disposed.
await fake.WaitForShutdownAsync();
