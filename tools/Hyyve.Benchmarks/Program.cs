using Hyyve.Benchmarks;

// dotnet run --project tools/Hyyve.Benchmarks -c Release -- [jobs|bot|sync|console|all]
var suite = args.FirstOrDefault() ?? "all";
if (suite is "jobs" or "all")
{
    await JobQueueBenchmark.RunAsync();
}

if (suite is "bot" or "all")
{
    await BotLoopBenchmark.RunAsync();
}

if (suite is "sync" or "all")
{
    await SyncBenchmark.RunAsync();
}

if (suite is "console" or "all")
{
    await ConsoleBenchmark.RunAsync();
}
