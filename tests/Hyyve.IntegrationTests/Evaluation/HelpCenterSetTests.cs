using System.Text.Json;
using Hyyve.Eval;

namespace Hyyve.IntegrationTests.Evaluation;

/// <summary>The demo help center's evaluation sets are well formed and fair: every gold article exists and states its facts.</summary>
public sealed class HelpCenterSetTests
{
    private static readonly string Sample = Path.Combine(RepositoryRoot(), "samples", "demo-helpcenter");

    [Theory]
    [InlineData("dev", 90, 0.08)]
    [InlineData("test", 45, 0.08)]
    [InlineData("fresh", 50, 0.07)] // written in one sitting: 4 of 52 follow-ups and requests for a person
    public void Set_has_enough_cases_of_every_kind_with_consistent_labels(string set, int minimum, double fewest)
    {
        var cases = Cases(set);

        Assert.True(cases.Count >= minimum, $"{set} has {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
        double Share(Func<HelpCenterCase, bool> predicate) => cases.Count(predicate) / (double)cases.Count;
        Assert.InRange(Share(c => c.Expected == "answer"), 0.55, 0.70);
        Assert.InRange(Share(c => c.Reason == "missing_knowledge"), 0.12, 0.20);
        Assert.InRange(Share(c => c.Reason == "customer_request"), fewest, 0.15);
        Assert.InRange(Share(c => c.Kind == "followup"), fewest, 0.15);
        Assert.InRange(Share(c => c.Expected == "smalltalk"), 0.05, 0.10);
        Assert.All(cases, c =>
        {
            Assert.Equal(c.Expected == "answer", c.Gold.Count > 0 && c.Facts.Count > 0);
            Assert.Equal(c.Expected == "handoff", c.Reason is "missing_knowledge" or "customer_request");
            Assert.Equal(c.Kind is "followup" or "topic_switch", c.Expected == "answer" && c.History.Count > 0);
            Assert.All(c.History, t => Assert.Contains(t.Role, new[] { "customer", "agent" }));
        });
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    [InlineData("fresh")]
    public void Every_fact_is_stated_in_a_gold_article(string set)
    {
        using var documents = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "documents.json")));
        var articles = documents.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("externalId").GetString()!, d => HelpCenterScoring.Normalise(d.GetProperty("content").GetString()!));

        foreach (var c in Cases(set).Where(c => c.Expected == "answer"))
        {
            Assert.All(c.Gold, g => Assert.True(articles.ContainsKey(g), $"{c.Id}: no article {g}"));
            var gold = string.Join(" ", c.Gold.Select(g => articles[g]));
            Assert.All(c.Facts, fact => Assert.True(fact.Any(a => gold.Contains(HelpCenterScoring.Normalise(a), StringComparison.Ordinal)),
                $"{c.Id}: no gold article states any of {string.Join(" | ", fact)}"));
        }
    }

    [Fact]
    public void No_set_repeats_another_sets_questions()
    {
        // A greeting is a greeting ("hey!"): only questions must not repeat.
        var sets = new[] { "dev", "test", "fresh" }.ToDictionary(s => s,
            s => Cases(s).Where(c => c.Expected != "smalltalk").Select(c => HelpCenterScoring.Normalise(c.Question)).ToHashSet());

        Assert.Empty(sets["test"].Intersect(sets["dev"]));
        Assert.Empty(sets["fresh"].Intersect(sets["dev"].Union(sets["test"])));
    }

    private static List<HelpCenterCase> Cases(string set) =>
        File.ReadLines(Path.Combine(Sample, "eval", $"{set}.jsonl")).Where(l => l.Length > 0)
            .Select(l => HelpCenterCase.Parse(JsonDocument.Parse(l).RootElement)).ToList();

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hyyve.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hyyve.sln not found above the test binaries.");
    }
}
