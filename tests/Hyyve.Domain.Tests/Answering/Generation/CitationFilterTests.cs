using Hyyve.Domain.Answering.Generation;

namespace Hyyve.Domain.Tests.Answering.Generation;

public sealed class CitationFilterTests
{
    private static readonly IReadOnlySet<int> Given = new HashSet<int> { 1, 2, 3 };

    [Theory]
    [InlineData("Refunds take 5 days [1].", "Refunds take 5 days [1].")]
    [InlineData("Refunds take 5 days [1, 7].", "Refunds take 5 days [1].")]
    [InlineData("Refunds take 5 days [1,2].", "Refunds take 5 days [1][2].")]
    [InlineData("Refunds take 5 days [9].", "Refunds take 5 days.")]
    [InlineData("[9] Refunds take 5 days [2].", "Refunds take 5 days [2].")]
    [InlineData("Refunds [8] take 5 days [3].", "Refunds take 5 days [3].")]
    public void Markers_of_sources_that_were_not_given_leave_the_text(string text, string expected)
    {
        var (cleaned, _) = CitationFilter.Apply(text, [], Given);

        Assert.Equal(expected, cleaned);
    }

    [Fact]
    public void The_cited_list_keeps_given_numbers_once_ascending_and_adds_valid_markers_of_the_text()
    {
        var (_, cited) = CitationFilter.Apply("Yes [3], within 14 days [1].", [3, 3, 9, 1, 0], Given);

        Assert.Equal([1, 3], cited);
    }

    [Fact]
    public void Nothing_is_cited_when_every_number_is_unknown()
    {
        var (cleaned, cited) = CitationFilter.Apply("Refunds are instant [7].", [7], Given);

        Assert.Equal("Refunds are instant.", cleaned);
        Assert.Empty(cited);
    }
}
