using System.Text.Json;
using Hyyve.Eval;

namespace Hyyve.IntegrationTests.Evaluation;

/// <summary>The verdict rules of the help-center sets, on hand-made outcomes (no server).</summary>
public sealed class HelpCenterScoringTests
{
    private static readonly HelpCenterCase Refunds = Case("answer", null, ["refund-policy"], [["5 to 10 business days", "5-10 business days"], ["original payment method"]]);

    [Fact]
    public void Answer_citing_gold_and_stating_every_fact_is_right()
    {
        var outcome = Answer("Refunds go back to the ORIGINAL payment-method and arrive within 5–10 business days. [1]", "refund-policy");

        Assert.Equal(Verdict.Right, HelpCenterScoring.Score(Refunds, outcome));
    }

    [Fact]
    public void Answer_missing_a_fact_is_a_wrong_answer()
    {
        var outcome = Answer("Refunds go back to the original payment method. [1]", "refund-policy");

        Assert.Equal(Verdict.WrongAnswer, HelpCenterScoring.Score(Refunds, outcome));
        Assert.Equal("5 to 10 business days", Assert.Single(HelpCenterScoring.MissingFacts(Refunds, outcome))[0]);
    }

    [Fact]
    public void Answer_citing_only_other_articles_is_a_wrong_answer_even_with_the_facts()
    {
        var outcome = Answer("Refunds go back to the original payment method within 5 to 10 business days. [1]", "cancel-subscription");

        Assert.Equal(Verdict.WrongAnswer, HelpCenterScoring.Score(Refunds, outcome));
    }

    [Fact]
    public void A_fact_found_only_in_the_source_list_is_not_stated()
    {
        var item = Case("answer", null, ["plans-and-pricing"], [["plans and pricing"]]);
        var outcome = Answer("Lumora has three plans. [1]\n\nSources:\n[1] Plans and pricing — https://help.lumora.example/articles/plans-and-pricing",
            "plans-and-pricing") with { CitationLabels = ["Plans and pricing", "https://help.lumora.example/articles/plans-and-pricing"] };

        Assert.Equal(Verdict.WrongAnswer, HelpCenterScoring.Score(item, outcome));
    }

    [Theory]
    [InlineData("Each file can be up to 250 MB.", false)]
    [InlineData("Paste up to 50 email addresses.", true)]
    [InlineData("Open Settings > Members.", true)]
    public void Facts_match_whole_words_with_punctuation_read_as_space(string text, bool stated)
    {
        var item = Case("answer", null, ["invite-teammates"], [["50", "Settings › Members"]]);

        Assert.Equal(stated, HelpCenterScoring.MissingFacts(item, Answer(text, "invite-teammates")).Count == 0);
    }

    [Fact]
    public void Handing_off_an_answerable_case_is_a_needless_handoff_whatever_the_draft()
    {
        var outcome = Handoff("low_confidence", "Refunds go back to the original payment method within 5 to 10 business days.", "refund-policy");

        Assert.Equal(Verdict.NeedlessHandoff, HelpCenterScoring.Score(Refunds, outcome));
        Assert.True(HelpCenterScoring.WouldBeRight(Refunds, outcome));
    }

    [Theory]
    [InlineData("customer_request", "handoff", "customer_request", Verdict.Right)]
    [InlineData("customer_request", "handoff", "low_confidence", Verdict.WrongHandoffReason)]
    [InlineData("missing_knowledge", "handoff", "missing_knowledge", Verdict.Right)]
    [InlineData("missing_knowledge", "handoff", "low_confidence", Verdict.WrongHandoffReason)]
    [InlineData("missing_knowledge", "answer", null, Verdict.WrongAnswer)]
    public void Expected_handoffs_need_the_expected_reason(string expectedReason, string decision, string? reason, Verdict verdict)
    {
        var item = Case("handoff", expectedReason, [], []);
        var outcome = decision == "handoff" ? Handoff(reason!, null) : Answer("Sync is one way. [1]", "google-calendar");

        Assert.Equal(verdict, HelpCenterScoring.Score(item, outcome));
        Assert.False(HelpCenterScoring.WouldBeRight(item, outcome));
    }

    [Fact]
    public void Smalltalk_is_right_without_citations_or_when_reported_as_smalltalk()
    {
        var hello = Case("smalltalk", null, [], []);

        Assert.Equal(Verdict.Right, HelpCenterScoring.Score(hello, Answer("Hi! How can I help?")));
        Assert.Equal(Verdict.Right, HelpCenterScoring.Score(hello, Outcome("smalltalk", null, "Hello!", null)));
        Assert.Equal(Verdict.WrongAnswer, HelpCenterScoring.Score(hello, Answer("Lumora has three plans. [1]", "plans-and-pricing")));
        Assert.Equal(Verdict.NeedlessHandoff, HelpCenterScoring.Score(hello, Handoff("missing_knowledge", null)));
    }

    [Fact]
    public void An_uncited_reply_to_an_answerable_case_is_a_wrong_answer()
    {
        Assert.Equal(Verdict.WrongAnswer, HelpCenterScoring.Score(Refunds, Answer("Refunds take 5 to 10 business days to the original payment method.")));
    }

    private static HelpCenterCase Case(string expected, string? reason, string[] gold, string[][] facts) =>
        new("c1", expected, [], "question", expected, reason, gold.ToHashSet(), facts.Select(f => (IReadOnlyList<string>)f).ToList());

    private static AskOutcome Answer(string text, params string[] cited) => Outcome("answer", null, text, null, cited);

    private static AskOutcome Handoff(string reason, string? draft, params string[] cited) => Outcome("handoff", reason, null, draft, cited);

    private static AskOutcome Outcome(string decision, string? reason, string? answer, string? draft, params string[] cited) =>
        new(decision, reason, decision == "answer" ? 0.9 : 0.1, cited, cited, 1, default(JsonElement)) { Answer = answer, DraftAnswer = draft };
}
