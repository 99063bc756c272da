using System.Text.Json;
using Hyyve.Eval;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.Knowledge;

/// <summary>The evaluation command on a slice of the dstc11 dev set, so CI proves it still runs end to end.</summary>
public sealed class EvalCommandTests
{
    [Fact]
    public async Task Dstc11_evaluation_on_forty_cases_prints_the_table_and_writes_per_case_results()
    {
        var data = SharedEvalFolder("dstc11");
        var output = new FileInfo(Path.Combine(Path.GetTempPath(), $"hyyve-eval-{Guid.NewGuid():N}.jsonl"));
        var writer = new StringWriter();
        try
        {
            var code = await Dstc11Evaluation.RunAsync(
                new EvalSettings(data, 40, output, TestPostgres.CreateDatabase("evalslice")), writer, CancellationToken.None);

            Assert.Equal(0, code);
            var table = writer.ToString();
            foreach (var measure in new[] { "Hit@1", "Hit@5", "MRR@10", "answered F1", "citing a gold", "latency p95" })
            {
                Assert.Contains(measure, table);
            }

            var lines = File.ReadAllLines(output.FullName);
            Assert.Equal(40, lines.Length);
            var first = JsonDocument.Parse(lines[0]).RootElement;
            Assert.True(first.TryGetProperty("hyyve", out _) && first.TryGetProperty("baseline", out _));
        }
        finally
        {
            output.Delete();
        }
    }

    private static DirectoryInfo SharedEvalFolder(string set)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = new DirectoryInfo(Path.Combine(dir.FullName, "shared", "eval", set));
            if (candidate.Exists)
            {
                return candidate;
            }
        }

        throw Environment.GetEnvironmentVariable("CI") is null
            ? new SkipException($"../shared/eval/{set} is not beside the repository; set CI=true to make this a failure.")
            : new InvalidOperationException($"../shared/eval/{set} is missing on CI.");
    }
}
