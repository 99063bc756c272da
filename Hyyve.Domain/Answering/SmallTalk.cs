using System.Text.RegularExpressions;

namespace Hyyve.Domain.Answering;

/// <summary>What a turn that asks nothing of the knowledge is: a greeting, thanks, or a goodbye.</summary>
public enum SmallTalkKind
{
    None,
    Greeting,
    Thanks,
    Goodbye,
}

/// <summary>
/// Recognises turns made only of greetings, thanks and goodbyes ("Hi there!", "thanks, that's all"), which get a short
/// friendly reply instead of a search or a handoff, and strips a leading greeting from a turn that goes on to ask
/// something ("hi, how do I export my data?").
/// </summary>
public static partial class SmallTalk
{
    public static SmallTalkKind Classify(string text)
    {
        var rest = Filler().Replace(text.ToLowerInvariant(), " ").Trim();
        if (rest.Length == 0)
        {
            return SmallTalkKind.None;
        }

        var thanks = Thanks().IsMatch(rest);
        var bye = Goodbye().IsMatch(rest);
        var greeting = Greeting().IsMatch(rest);
        var remainder = Goodbye().Replace(Thanks().Replace(Greeting().Replace(rest, " "), " "), " ");
        if (Filler().Replace(remainder, " ").Trim().Length > 0)
        {
            return SmallTalkKind.None;
        }

        return bye ? SmallTalkKind.Goodbye : thanks ? SmallTalkKind.Thanks : greeting ? SmallTalkKind.Greeting : SmallTalkKind.None;
    }

    /// <summary>The question without a greeting in front of it.</summary>
    public static string WithoutGreeting(string text)
    {
        var stripped = LeadingGreeting().Replace(text, "");
        return stripped.Length > 0 && stripped.Length < text.Length ? stripped : text;
    }

    [GeneratedRegex(@"\b(?:hi+|hello+|hey+|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|hi there|hello there|hey there)\b")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\b(?:thanks?(?: (?:a lot|so much|very much|a bunch|again|anyway))?|thank you(?: (?:so much|very much|again))?|thx|ty|cheers|much appreciated|appreciate it|that (?:helps|helped|worked|works)|perfect|awesome|great|cool|nice|got it)\b")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"\b(?:bye+|goodbye|good bye|see you|see ya|have a (?:good|nice|great) (?:day|one|evening)|that'?s (?:all|it)|that is all|nothing else|i'?m (?:good|done|all set)|all good|no(?:pe)?,? (?:that'?s it|thanks?|thank you))\b")]
    private static partial Regex Goodbye();

    /// <summary>Punctuation, emoji and words that only pad a greeting ("there", "team", "ok", "so").</summary>
    [GeneratedRegex(@"[^\p{L}\p{N}' ]+|\b(?:there|team|folks|guys|everyone|all|ok(?:ay)?|so|well|oh|yes|yeah|no|you|again|very|much|lumora|bot|friend|mate|for (?:the|your) help|for helping|:\)|:d)\b")]
    private static partial Regex Filler();

    [GeneratedRegex(@"^\s*(?:(?:hi+|hello+|hey+|hiya|good (?:morning|afternoon|evening))(?: there| team)?[\s,!.:;-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingGreeting();
}
