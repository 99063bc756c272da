using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Tests.Knowledge;

public sealed class OwnNamesTests
{
    private static readonly HashSet<string> Lumora = ["lumora"];

    [Theory]
    [InlineData("how do i invite someone to lumora", "how do i invite someone to")]
    [InlineData("is Lumora's data encrypted?", "is Lumora's data encrypted?")]
    [InlineData("Lumora?", "Lumora?")]
    [InlineData("lumora", "lumora")]
    public void The_products_own_name_is_left_out_of_the_text_to_embed(string text, string expected) =>
        Assert.Equal(expected, OwnNames.Without(text, Lumora));
}
