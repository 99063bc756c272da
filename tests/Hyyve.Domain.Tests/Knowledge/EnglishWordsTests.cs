using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Tests.Knowledge;

public sealed class EnglishWordsTests
{
    [Theory]
    [InlineData("print", true)]
    [InlineData("apple", true)]
    [InlineData("outlook", true)]
    [InlineData("pasword", false)]
    [InlineData("slak", false)]
    [InlineData("calender", false)]
    [InlineData("conect", false)]
    [InlineData("unused", true)]
    public void Real_words_are_known_and_common_misspellings_are_not(string word, bool known) =>
        Assert.Equal(known, EnglishWords.Contains(word));

    [Theory]
    [InlineData("[unused0]")]
    [InlineData("##ing")]
    [InlineData("the")]
    public void Word_pieces_markers_and_short_tokens_are_not_words(string token) => Assert.False(EnglishWords.Contains(token));
}
