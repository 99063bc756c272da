using Hyyve.Domain.Answering;
using Hyyve.Domain.Knowledge;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Tests.Answering;

public sealed class ExtractiveAnswererTests
{
    private static readonly ExtractiveAnswerer Answerer = new(Options.Create(new AnsweringOptions()));

    private static KnowledgeHit Hit(string id, string content, string? url = null) =>
        new(Guid.NewGuid(), id, $"Title {id}", url, "", content, null, 1, 1);

    [Fact]
    public void Answers_cite_only_the_sources_they_quote_and_list_them()
    {
        var hits = new[]
        {
            Hit("refunds", "Our office is in Berlin. Refunds take five business days to reach your card.", "https://x.example/refunds"),
            Hit("cards", "Refunds go back to the original card used for payment."),
            Hit("unrelated", "The mobile app supports dark mode."),
        };

        var answer = Answerer.Answer(["refunds", "card"], hits)!;

        Assert.StartsWith("Refunds take five business days to reach your card. [1]", answer.Text);
        Assert.Contains("[2]", answer.Text);
        Assert.DoesNotContain("Berlin", answer.Text);
        Assert.Equal(["refunds", "cards"], answer.Citations.Select(c => c.ExternalId));
        Assert.All(answer.Citations, c => Assert.Contains(hits, h => h.ExternalId == c.ExternalId));
        Assert.Contains("[1] Title refunds — https://x.example/refunds", answer.Text);
    }

    [Fact]
    public void No_sources_means_no_answer() => Assert.Null(Answerer.Answer(["anything"], []));
}
