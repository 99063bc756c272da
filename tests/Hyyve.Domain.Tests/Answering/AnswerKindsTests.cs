using Hyyve.Domain.Answering;

namespace Hyyve.Domain.Tests.Answering;

public sealed class AnswerKindsTests
{
    [Theory]
    [InlineData("How long do refunds take?", AnswerKind.Duration)]
    [InlineData("when will my money come back", AnswerKind.Duration)]
    [InlineData("how much is the business plan", AnswerKind.Amount)]
    [InlineData("where is my data stored", AnswerKind.Place)]
    [InlineData("and where do i make a token", AnswerKind.Place)]
    [InlineData("which identity providers work with it", AnswerKind.Names)]
    [InlineData("what browsers are supported", AnswerKind.Names)]
    [InlineData("what payment methods do you take", AnswerKind.Names)]
    [InlineData("my card payment failed what happens now", AnswerKind.Any)]
    [InlineData("how do i reset my password", AnswerKind.Steps)]
    [InlineData("lumora wont load", AnswerKind.Steps)]
    [InlineData("i never got the email", AnswerKind.Steps)]
    [InlineData("is my data encrypted", AnswerKind.Any)]
    [InlineData("what is this", AnswerKind.Any)]
    public void The_question_says_what_kind_of_sentence_answers_it(string question, AnswerKind expected) =>
        Assert.Equal(expected, AnswerKinds.Expected(question));

    [Theory]
    [InlineData(AnswerKind.Duration, "Refunds arrive within 5 to 10 business days.", true)]
    [InlineData(AnswerKind.Duration, "The reset link is valid for one hour.", true)]
    [InlineData(AnswerKind.Duration, "Refunds go back to the original card.", false)]
    [InlineData(AnswerKind.Amount, "Business costs $12 per member per month.", true)]
    [InlineData(AnswerKind.Amount, "Business adds unlimited projects.", false)]
    [InlineData(AnswerKind.Place, "Workspaces are hosted in the United States by default.", true)]
    [InlineData(AnswerKind.Place, "Create a personal API token under Profile › API tokens.", true)]
    [InlineData(AnswerKind.Place, "Data is encrypted in transit and at rest.", false)]
    [InlineData(AnswerKind.Names, "It works with Okta, Microsoft Entra ID and Google Workspace.", true)]
    [InlineData(AnswerKind.Names, "An admin copies the ACS URL into the identity provider.", false)]
    [InlineData(AnswerKind.Steps, "Mention a task key such as LUM-142 in a branch name.", true)]
    [InlineData(AnswerKind.Steps, "On the sign-in page choose Forgot password.", true)]
    [InlineData(AnswerKind.Steps, "Lumora shows the pull request on the task.", false)]
    [InlineData(AnswerKind.Steps, "To reset your password, open Settings and choose Security.", true)]
    [InlineData(AnswerKind.Steps, "If the email does not arrive, check your spam folder.", true)]
    [InlineData(AnswerKind.Steps, "If a payment fails we retry three times over 10 days and email the billing contact.", false)]
    [InlineData(AnswerKind.Any, "Anything at all, in 5 days.", false)]
    public void A_sentence_fits_the_kind_it_says(AnswerKind kind, string sentence, bool fits) =>
        Assert.Equal(fits, AnswerKinds.Fits(kind, sentence));
}
