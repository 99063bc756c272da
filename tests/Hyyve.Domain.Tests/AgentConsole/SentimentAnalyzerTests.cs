using Hyyve.Domain.Sentiment;

namespace Hyyve.Domain.Tests.AgentConsole;

public sealed class SentimentAnalyzerTests
{
    [Theory]
    [InlineData("Thanks, that worked perfectly!", "positive")]
    [InlineData("This is terrible, the app crashed again and I lost my work.", "negative")]
    [InlineData("How do I export my data?", "neutral")]
    [InlineData("The reset link is not good.", "negative")]
    [InlineData("The old version was awful but this one is great", "positive")]
    [InlineData("", "neutral")]
    public void Labels_a_customer_message(string text, string expected) =>
        Assert.Equal(expected, SentimentAnalyzer.Analyze(text).Label);

    [Fact]
    public void An_intensifier_strengthens_and_a_negation_flips_the_score()
    {
        var good = SentimentAnalyzer.Analyze("good").Score;
        var veryGood = SentimentAnalyzer.Analyze("very good").Score;
        var notGood = SentimentAnalyzer.Analyze("not good").Score;

        Assert.True(veryGood > good, $"{veryGood} > {good}");
        Assert.True(notGood < 0, $"{notGood} < 0");
        Assert.InRange(SentimentAnalyzer.Analyze("awful terrible horrible worst disgusting").Score, -1, -0.9);
    }
}
