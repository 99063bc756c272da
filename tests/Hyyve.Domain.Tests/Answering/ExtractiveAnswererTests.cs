using Hyyve.Domain.Answering;
using Hyyve.Domain.Knowledge;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Tests.Answering;

public sealed class ExtractiveAnswererTests
{
    private static readonly ExtractiveAnswerer Answerer = new(Options.Create(new AnsweringOptions()));

    private static KnowledgeHit Hit(string id, string content, string? url = null) =>
        new(Guid.NewGuid(), id, $"Title {id}", url, "", content, null, 1, 1);

    [Fact]
    public void Answers_quote_only_the_best_source_and_cite_it()
    {
        var hits = new[]
        {
            Hit("refunds", "Our office is in Berlin. Refunds take five business days to reach your card.", "https://x.example/refunds"),
            Hit("cards", "Refunds go back to the original card used for payment."),
        };

        var answer = Answerer.Answer(["refunds", "card"], hits)!;

        Assert.StartsWith("Refunds take five business days to reach your card. [1]", answer.Text);
        Assert.DoesNotContain("Berlin", answer.Text);
        Assert.DoesNotContain("original card", answer.Text);
        Assert.Equal(["refunds"], answer.Citations.Select(c => c.ExternalId));
        Assert.Contains("[1] Title refunds — https://x.example/refunds", answer.Text);
    }

    [Fact]
    public void The_sentence_closest_in_meaning_wins_over_one_that_shares_more_words()
    {
        var hits = new[] { Hit("refund-policy", "Refunds of yearly plans are possible within 14 days. Refunds usually arrive within 5 to 10 business days.") };

        var answer = Answerer.Answer(["refunds", "long"], hits, similarities: [0.55, 0.74])!;

        Assert.StartsWith("Refunds usually arrive within 5 to 10 business days. [1]", answer.Text);
        Assert.Equal(0.74, answer.SentenceSimilarity);
    }

    [Fact]
    public void A_sentence_whose_pronoun_points_back_brings_the_sentence_before_it()
    {
        var hits = new[] { Hit("login", "After 10 failed attempts the account is locked for 30 minutes. Reset your password to unlock it. SSO users sign in with SSO.") };

        var answer = Answerer.Answer(["unlock"], hits, similarities: [0.5, 0.8, 0.3])!;

        Assert.StartsWith("After 10 failed attempts the account is locked for 30 minutes. Reset your password to unlock it. [1]", answer.Text);
        Assert.DoesNotContain("SSO", answer.Text.Split("\n\n")[0]);
    }

    [Fact]
    public void A_follow_up_is_not_answered_with_the_reply_it_follows()
    {
        var hits = new[] { Hit("github", "Open Settings › **Integrations** and install the app. Lumora moves the task to Done when the pull request is merged.") };
        const string reply = "Open Settings › Integrations and install the app. [1]\n\nSources:\n[1] Connect GitHub";

        var first = Answerer.Answer([], hits, similarities: [0.62, 0.55])!;
        var followUp = Answerer.Answer([], hits, similarities: [0.62, 0.55], alreadySaid: reply)!;

        Assert.StartsWith("Open Settings", first.Text);
        Assert.StartsWith("Lumora moves the task to Done when the pull request is merged. [1]", followUp.Text);
    }

    [Fact]
    public void Such_as_introduces_examples_and_needs_no_sentence_before_it()
    {
        var hits = new[] { Hit("github", "Open Settings › Integrations › GitHub. Mention a task key such as LUM-142 in a commit message.") };

        var answer = Answerer.Answer(["commit"], hits, similarities: [0.3, 0.8])!;

        Assert.StartsWith("Mention a task key such as LUM-142 in a commit message. [1]", answer.Text);
    }

    [Theory]
    [InlineData("Invites expire after 7 days; resend them from the same page.", false)]
    [InlineData("Store them safely: each code works one time.", true)]
    [InlineData("Reset your password to unlock it.", true)]
    public void A_plural_pronoun_after_a_plural_noun_of_its_own_sentence_needs_nothing_before(string sentence, bool bringsTheOneBefore)
    {
        var hits = new[] { Hit("one", $"Paste up to 50 email addresses at once. {sentence}") };

        var answer = Answerer.Answer([], hits, similarities: [0.2, 0.8])!;

        Assert.Equal(bringsTheOneBefore, answer.Text.StartsWith("Paste up to 50", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_does_not_reach_back_into_the_section_before()
    {
        var chunks = new[]
        {
            Hit("export", "The export link is emailed and stays valid for 7 days.") with { HeadingPath = "Export › Export a workspace" },
            Hit("export", "From a project's menu choose Export to CSV to download its tasks.") with { HeadingPath = "Export › Export one project" },
        };

        var answer = Answerer.Answer(["download"], chunks, similarities: [0.3, 0.8], topDocumentChunks: chunks)!;

        Assert.StartsWith("From a project's menu choose Export to CSV to download its tasks. [1]", answer.Text);
    }

    [Fact]
    public void A_sections_heading_counts_toward_choosing_its_sentences()
    {
        var chunks = new[]
        {
            Hit("two-factor", "Admins can require it for everyone.") with { HeadingPath = "Turn on two-factor authentication › Recovery codes" },
            Hit("two-factor", "Open Profile › Security and choose Enable.") with { HeadingPath = "Turn on two-factor authentication › Set up 2FA" },
        };

        var answer = Answerer.Answer([], chunks, similarities: [0.60, 0.60], topDocumentChunks: chunks, headedSimilarities: [0.58, 0.72])!;

        Assert.StartsWith("Open Profile › Security and choose Enable. [1]", answer.Text);
        Assert.Equal(0.60, answer.SentenceSimilarity); // the sentence's own cosine is reported, not the heading's help
        Assert.Equal("Set up 2FA: Open Profile › Security and choose Enable.", ExtractiveAnswerer.SourceSentencesOf(chunks)[1].Headed);
    }

    [Fact]
    public void The_section_closest_to_the_question_holds_the_answer_when_sentences_are_alike()
    {
        var chunks = new[]
        {
            Hit("two-factor", "Open Profile › Security and choose Enable.") with { HeadingPath = "Turn on two-factor authentication › Set up 2FA" },
            Hit("two-factor", "Store the ten recovery codes safely.") with { HeadingPath = "Turn on two-factor authentication › Recovery codes" },
        };

        var alike = Answerer.Answer([], chunks, similarities: [0.62, 0.58], topDocumentChunks: chunks)!;
        var sections = Answerer.Answer([], chunks, similarities: [0.62, 0.58], topDocumentChunks: chunks, sectionSimilarities: [0.40, 0.55])!;

        Assert.StartsWith("Open Profile", alike.Text);
        Assert.StartsWith("Store the ten recovery codes safely. [1]", sections.Text);
        Assert.Equal(0.58, sections.SentenceSimilarity);
    }

    [Theory]
    [InlineData(true, "On the sign-in page choose Forgot password. [1]")]
    [InlineData(false, "The reset link is valid for one hour. [1]")]
    public void A_how_to_question_prefers_the_sentence_that_says_what_to_do(bool wantsSteps, string expected)
    {
        var hits = new[] { Hit("reset", "On the sign-in page choose Forgot password. The reset link is valid for one hour.") };

        var answer = Answerer.Answer([], hits, similarities: [0.60, 0.64], expected: wantsSteps ? AnswerKind.Steps : AnswerKind.Any)!;

        Assert.StartsWith(expected, answer.Text);
    }

    [Theory]
    [InlineData(AnswerKind.Place, "Workspaces are hosted in the United States by default.")]
    [InlineData(AnswerKind.Any, "Data is encrypted in transit and at rest.")]
    public void A_question_asking_for_a_place_is_answered_by_a_sentence_that_names_one_however_close_the_others_are(AnswerKind kind, string expected)
    {
        var chunks = new[]
        {
            Hit("security", "Data is encrypted in transit and at rest.") with { HeadingPath = "Security › Encryption" },
            Hit("security", "Workspaces are hosted in the United States by default.") with { HeadingPath = "Security › Data location" },
        };

        var answer = Answerer.Answer(["stored"], chunks, similarities: [0.65, 0.30], topDocumentChunks: chunks, sectionSimilarities: [0.64, 0.50],
            expected: kind)!;

        Assert.StartsWith(expected + " [1]", answer.Text);
    }

    [Fact]
    public void A_second_sentence_comes_only_from_the_same_section()
    {
        var chunks = new[]
        {
            Hit("codes", "Recovery codes work once.") with { HeadingPath = "2FA › Recovery codes" },
            Hit("codes", "Codes are shown at set-up.") with { HeadingPath = "2FA › Set up" },
            Hit("codes", "Store recovery codes safely.") with { HeadingPath = "2FA › Recovery codes" },
        };

        var answer = Answerer.Answer(["codes"], chunks, similarities: [0.70, 0.70, 0.69], topDocumentChunks: chunks)!;

        Assert.StartsWith("Recovery codes work once. Store recovery codes safely. [1]", answer.Text);
    }

    [Fact]
    public void List_items_are_sentences_without_their_markers()
    {
        var sentences = ExtractiveAnswerer.SentencesOf(Hit("steps", "- Open Settings.\n- Choose Export\n1. Download the file."));

        Assert.Equal(["Open Settings.", "Choose Export", "Download the file."], sentences);
    }

    [Fact]
    public void No_sources_means_no_answer() => Assert.Null(Answerer.Answer(["anything"], []));
}
