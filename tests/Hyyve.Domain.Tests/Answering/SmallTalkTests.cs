using Hyyve.Domain.Answering;

namespace Hyyve.Domain.Tests.Answering;

public sealed class SmallTalkTests
{
    [Theory]
    [InlineData("Hi there!", SmallTalkKind.Greeting)]
    [InlineData("hello", SmallTalkKind.Greeting)]
    [InlineData("good morning team :)", SmallTalkKind.Greeting)]
    [InlineData("thanks, that's all", SmallTalkKind.Goodbye)]
    [InlineData("thank you so much!", SmallTalkKind.Thanks)]
    [InlineData("perfect, that's exactly what i needed", SmallTalkKind.Thanks)]
    [InlineData("ok bye", SmallTalkKind.Goodbye)]
    [InlineData("hey, are you there?", SmallTalkKind.Greeting)]
    [InlineData("is anybody around", SmallTalkKind.Greeting)]
    public void Turns_that_ask_nothing_are_small_talk(string text, SmallTalkKind kind) => Assert.Equal(kind, SmallTalk.Classify(text));

    [Theory]
    [InlineData("hi, how do I export my data?")]
    [InlineData("thanks, and how long do refunds take?")]
    [InlineData("great plan pricing")]
    [InlineData("hello my invoice is wrong")]
    [InlineData("is anyone there who can fix my invoice")]
    public void Turns_that_ask_something_are_not(string text) => Assert.Equal(SmallTalkKind.None, SmallTalk.Classify(text));

    [Fact]
    public void A_leading_greeting_is_stripped_from_a_question() =>
        Assert.Equal("how do I export my data?", SmallTalk.WithoutGreeting("Hi there, how do I export my data?"));
}
