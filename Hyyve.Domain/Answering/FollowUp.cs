using System.Text.RegularExpressions;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Does a question lean on the turn before it? "And how long does that take?", "what about yearly plans?", "it still
/// doesn't work" do; "how do I reset my password?" does not, and must be answered on its own, or it inherits the
/// previous topic's sources. Referring words, a leading "and / what about / also", or a fragment of one or two words
/// make a question depend on its history.
/// </summary>
public static partial class FollowUp
{
    public static bool DependsOnHistory(string question)
    {
        var text = question.Trim().ToLowerInvariant();
        if (Continuation().IsMatch(text))
        {
            return true;
        }

        var dummy = DummyIt().Replace(text, " ");
        if (Referring().IsMatch(dummy))
        {
            return true;
        }

        return QueryWords.Content(text).Count() <= 2 && !QuestionShape.IsQuestion(text);
    }

    [GeneratedRegex(@"^(?:and|also|plus|but|or|what about|how about|same for|same with|and for|and if|then|ok(?:ay)? (?:and|so|but)|so)\b")]
    private static partial Regex Continuation();

    /// <summary>Pronouns and determiners that point back ("that", "it", "them", "this one", "there").</summary>
    [GeneratedRegex(@"\b(?:it|its|itself|that|this|these|those|they|them|their|there|one|ones|same|such|which one)\b")]
    private static partial Regex Referring();

    /// <summary>"it" that points at nothing: "is it possible to…", "how long does it take to…", "it is".</summary>
    [GeneratedRegex(@"\b(?:is it (?:possible|ok(?:ay)?|safe|normal|free)|does it (?:cost|take) (?:to|for)|it(?:'s| is) (?:possible|ok(?:ay)?)|that (?:i|we|you|my|our)|so that|there (?:is|are|a)|is there|are there|one of|no one|any ?one|some ?one|every ?one)\b")]
    private static partial Regex DummyIt();
}
