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
    [InlineData("That sounds good.", SmallTalkKind.Acknowledgement)]
    [InlineData("Sounds great,and I will take it!", SmallTalkKind.Acknowledgement)]
    [InlineData("Yes, one of those will be fine.", SmallTalkKind.Acknowledgement)]
    [InlineData("I'm not sure ... let me check with my wife.", SmallTalkKind.Acknowledgement)]
    [InlineData("alright, that will do", SmallTalkKind.Acknowledgement)]
    [InlineData("sounds great, thanks", SmallTalkKind.Thanks)]
    public void Turns_that_ask_nothing_are_small_talk(string text, SmallTalkKind kind) => Assert.Equal(kind, SmallTalk.Classify(text));

    [Theory]
    [InlineData("hi, how do I export my data?")]
    [InlineData("thanks, and how long do refunds take?")]
    [InlineData("great plan pricing")]
    [InlineData("hello my invoice is wrong")]
    [InlineData("is anyone there who can fix my invoice")]
    [InlineData("sounds good, and how do I cancel?")]
    [InlineData("would that work on the free plan?")]
    [InlineData("is that fine for a team of 20")]
    [InlineData("fine print of the refund policy")]
    public void Turns_that_ask_something_are_not(string text) => Assert.Equal(SmallTalkKind.None, SmallTalk.Classify(text));

    [Fact]
    public void A_leading_greeting_is_stripped_from_a_question() =>
        Assert.Equal("how do I export my data?", SmallTalk.WithoutGreeting("Hi there, how do I export my data?"));
}
