using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Hyyve.Server.ConsolePage;

namespace Hyyve.IntegrationTests.Infrastructure.Browser;

/// <summary>
/// Runs one scenario of <c>console/e2e/scenarios</c> in headless Chromium (<c>node console/e2e/run.mjs NAME</c>) and answers the
/// scenario's requests to act on the world, one JSON line each way. Fails with the scenario's output when it does not pass.
/// </summary>
public static class BrowserScenario
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Chromium => Environment.GetEnvironmentVariable("HYYVE_CHROMIUM") ?? "/usr/bin/chromium";

    public static string ConsoleFolder => Path.Combine(RepositoryRoot(), "console");

    /// <summary>Why browser tests cannot run here, or null when they can.</summary>
    public static string? MissingPrerequisite()
    {
        if (!File.Exists(Chromium))
        {
            return $"Chromium is not at {Chromium} (apt-get install chromium, or set HYYVE_CHROMIUM).";
        }

        if (!Directory.Exists(Path.Combine(ConsoleFolder, "node_modules", "playwright-core")))
        {
            return "console/node_modules is missing (npm ci in console/).";
        }

        return File.Exists(Path.Combine(ConsolePageHosting.PageRoot, "index.html"))
            ? null
            : "The console page is not built into the server (npm run build in console/, then build again).";
    }

    /// <summary>What the world does when the scenario asks: the action's name and arguments in, a JSON-serialisable result out.</summary>
    public delegate Task<object?> WorldHandler(string action, JsonElement args);

    public static async Task RunAsync(string scenario, object facts, WorldHandler? world = null)
    {
        if (MissingPrerequisite() is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ConsoleFolder,
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add("e2e/run.mjs");
        start.ArgumentList.Add(scenario);
        start.Environment["HYYVE_E2E"] = JsonSerializer.Serialize(facts, JsonSerializerOptions.Web);
        start.Environment["HYYVE_CHROMIUM"] = Chromium;

        using var process = Process.Start(start)!;
        var log = new StringBuilder();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                if (line.StartsWith("@world ", StringComparison.Ordinal))
                {
                    await process.StandardInput.WriteLineAsync(await AnswerAsync(line["@world ".Length..], world));
                    await process.StandardInput.FlushAsync(deadline.Token);
                }
                else
                {
                    log.AppendLine(line);
                }
            }

            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Browser scenario {scenario} did not finish within {Timeout}.\n{log}");
        }

        if (process.ExitCode != 0)
        {
            Assert.Fail($"Browser scenario {scenario} failed (exit {process.ExitCode}).\n{log}{await errors}");
        }
    }

    private static async Task<string> AnswerAsync(string json, WorldHandler? world)
    {
        using var request = JsonDocument.Parse(json);
        var id = request.RootElement.GetProperty("id").GetInt32();
        var action = request.RootElement.GetProperty("action").GetString()!;
        try
        {
            if (world is null)
            {
                throw new InvalidOperationException($"this scenario's test answers no world request, yet it asked for {action}");
            }

            var result = await world(action, request.RootElement.GetProperty("args"));
            return JsonSerializer.Serialize(new { id, result }, JsonSerializerOptions.Web);
        }
        catch (Exception ex)
        {
            // The scenario fails with the reason rather than waiting for an answer that never comes.
            return JsonSerializer.Serialize(new { id, error = ex.Message }, JsonSerializerOptions.Web);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hyyve.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Hyyve.sln above {AppContext.BaseDirectory}.");
    }
}
