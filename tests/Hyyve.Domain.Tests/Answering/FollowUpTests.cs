using Hyyve.Domain.Answering;

namespace Hyyve.Domain.Tests.Answering;

public sealed class FollowUpTests
{
    [Theory]
    [InlineData("and how long does that take?")]
    [InlineData("what about yearly plans?")]
    [InlineData("where is it stored though")]
    [InlineData("which identity providers work with it")]
    [InlineData("yearly plan")]
    public void Questions_that_lean_on_the_previous_turn_depend_on_history(string question) =>
        Assert.True(FollowUp.DependsOnHistory(question));

    [Theory]
    [InlineData("how do I reset my password?")]
    [InlineData("is it possible to export my data?")]
    [InlineData("can I connect Slack to Lumora?")]
    [InlineData("is there a gantt chart on the free plan")]
    public void Self_contained_questions_stand_on_their_own(string question) =>
        Assert.False(FollowUp.DependsOnHistory(question));
}
