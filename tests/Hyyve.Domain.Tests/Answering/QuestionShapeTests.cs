using Hyyve.Domain.Answering;

namespace Hyyve.Domain.Tests.Answering;

public sealed class QuestionShapeTests
{
    [Theory]
    [InlineData("I'd like to book a table for four tonight.")]
    [InlineData("Please cancel my reservation")]
    [InlineData("Can you find me a cheap hotel in the north?")]
    [InlineData("Thanks, that's all I need.")]
    [InlineData("ok bye")]
    [InlineData("Can I book a table for six at 7pm?")]
    [InlineData("Can I have their phone number, please?")]
    public void Requests_for_the_agent_to_act_and_goodbyes_are_transactional(string turn) =>
        Assert.True(QuestionShape.IsTransactional(turn));

    [Theory]
    [InlineData("how do i cancel my subscription")]
    [InlineData("How can we change the billing address on invoices?")]
    [InlineData("Thanks! How do I cancel my subscription?")]
    [InlineData("Is it possible to book a demo from the app?")]
    [InlineData("Does the hotel have free parking?")]
    [InlineData("thanks! can I get my money back if I cancel?")]
    public void Asking_how_to_do_something_or_asking_about_it_is_not_transactional(string turn) =>
        Assert.False(QuestionShape.IsTransactional(turn));
}
