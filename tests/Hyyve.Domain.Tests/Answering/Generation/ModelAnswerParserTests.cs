using Hyyve.Domain.Answering.Generation;

namespace Hyyve.Domain.Tests.Answering.Generation;

public sealed class ModelAnswerParserTests
{
    [Fact]
    public void A_json_object_inside_a_markdown_fence_is_read()
    {
        var (answer, error) = ModelAnswerParser.Parse("```json\n{\"answer\": \"5 to 10 days [1].\", \"citations\": [1], \"answerable\": true}\n```");

        Assert.Null(error);
        Assert.Equal("5 to 10 days [1].", answer!.Answer);
        Assert.Equal([1], answer.Citations!);
        Assert.True(answer.Answerable);
    }

    [Fact]
    public void Quoted_numbers_and_other_casing_are_tolerated()
    {
        var (answer, _) = ModelAnswerParser.Parse("{\"Answer\": \"Yes [2].\", \"Citations\": [\"2\", \"3\"], \"Answerable\": true}");

        Assert.Equal([2, 3], answer!.Citations!);
    }

    [Fact]
    public void A_missing_answerable_flag_reads_as_not_answerable()
    {
        var (answer, _) = ModelAnswerParser.Parse("{\"answer\": \"Yes [2].\", \"citations\": [2]}");

        Assert.False(answer!.Answerable);
    }

    [Theory]
    [InlineData("", "no content")]
    [InlineData("Refunds take about a week.", "not a JSON object")]
    [InlineData("{\"answer\": \"Refunds take", "malformed JSON")]
    [InlineData("{\"answer\": \"x\", \"citations\": \"one\", \"answerable\": true}", "malformed JSON")]
    [InlineData("{\"answer\": \"x\", \"citations\": [1], \"answerable\": \"maybe\"}", "malformed JSON")]
    public void Unreadable_output_is_an_error_not_an_exception(string text, string error)
    {
        var (answer, reason) = ModelAnswerParser.Parse(text);

        Assert.Null(answer);
        Assert.Contains(error, reason);
    }
}
