using Hyyve.Benchmarks;

// dotnet run --project tools/Hyyve.Benchmarks -c Release -- [jobs|bot|sync|console|vectors|all]
// dotnet run --project tools/Hyyve.Benchmarks -c Release -- soak [--minutes 10]   (not part of "all"; exits 1 when an invariant broke)
var suite = args.FirstOrDefault() ?? "all";
if (suite == "soak")
{
    var minutes = args.SkipWhile(a => a != "--minutes").Skip(1).Select(a => double.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(10).First();
    return await Hyyve.Benchmarks.Soak.SoakBenchmark.RunAsync(TimeSpan.FromMinutes(minutes));
}

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

if (suite is "vectors" or "all")
{
    await VectorBenchmark.RunAsync();
}

return 0;
