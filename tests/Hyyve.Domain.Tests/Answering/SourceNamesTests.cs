using Hyyve.Domain.Answering;

namespace Hyyve.Domain.Tests.Answering;

public sealed class SourceNamesTests
{
    private static readonly Func<string, bool> NothingCommon = _ => false;

    [Theory]
    [InlineData("Sync with Google Calendar", "google calendar")]
    [InlineData("Import from Trello, Asana or CSV", "trello|asana|csv")]
    [InlineData("Single sign-on (SAML SSO)", "saml sso")]
    [InlineData("Turn on two-factor authentication", "")]
    [InlineData("Connect GitHub", "github")]
    public void A_title_names_its_capitalised_runs_after_the_first_word(string title, string expected) =>
        Assert.Equal(expected, string.Join('|', SourceNames.InTitle(title, NothingCommon).Select(n => string.Join(' ', n))));

    [Fact]
    public void The_knowledges_own_name_names_nothing() =>
        Assert.Empty(SourceNames.InTitle("Create a Lumora account", w => w == "lumora"));

    [Theory]
    [InlineData("does the google calender sync go both ways", "", true)]
    [InlineData("can i sync my outlook calendar", "outlook", false)]
    [InlineData("which calendar does it sync to", "", true)]
    [InlineData("can i import from jira", "jira", false)]
    public void A_question_names_a_source_unless_a_new_word_takes_the_names_place(string question, string novel, bool mentioned)
    {
        var names = SourceNames.InTitle(question.Contains("import") ? "Import from Trello, Asana or CSV" : "Sync with Google Calendar", NothingCommon);
        Assert.Equal(mentioned, SourceNames.Mentioned(names, QueryWords.Split(question), novel.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("and does it close tasks automatically", "automatically", true)]
    [InlineData("and apple calendar?", "apple", false)]
    public void A_follow_up_names_what_the_turn_before_named_unless_it_puts_a_rival_in_its_place(string question, string novel, bool mentioned)
    {
        var (title, previous) = question.Contains("calendar")
            ? ("Sync with Google Calendar", "can i sync my google calendar")
            : ("Connect GitHub", "how do i connect github");
        var names = SourceNames.InTitle(title, NothingCommon);
        var words = QueryWords.Split(question);

        Assert.False(SourceNames.Mentioned(names, words, [novel]));
        Assert.Equal(mentioned, SourceNames.Mentioned(names, words, [novel], QueryWords.Split(previous)));
    }

    [Theory]
    [InlineData("amex", "Lumora accepts Visa, Mastercard and American Express.", true)]
    [InlineData("pr", "Lumora shows the pull request on the task.", true)]
    [InlineData("jira", "Settings › Import brings in boards from Trello and projects from Asana.", false)]
    [InlineData("visa", "Lumora accepts Visa, Mastercard and American Express.", false)]
    [InlineData("print", "Choose New project in the sidebar and pick a template or start blank.", false)]
    public void A_short_form_abbreviates_two_or_more_consecutive_words(string word, string text, bool abbreviates) =>
        Assert.Equal(abbreviates, Abbreviations.Abbreviates(word, QueryWords.Split(text)));
}
