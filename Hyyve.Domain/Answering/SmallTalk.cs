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
/// something ("hi, how do I export my data?"). Asking whether anyone is there ("hello, anyone there?") is a greeting.
/// </summary>
public static partial class SmallTalk
{
    public static SmallTalkKind Classify(string text)
    {
        var plain = Spaces().Replace(Punctuation().Replace(text.ToLowerInvariant().Replace('’', '\''), " "), " ").Trim();
        if (plain.Length == 0)
        {
            return SmallTalkKind.None;
        }

        var (greeting, thanks, bye) = (Greeting().IsMatch(plain), Thanks().IsMatch(plain), Goodbye().IsMatch(plain));
        var remainder = Filler().Replace(Goodbye().Replace(Thanks().Replace(Greeting().Replace(plain, " "), " "), " "), " ");
        if (remainder.Trim().Length > 0)
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

    [GeneratedRegex(@"\b(?:hi+|hello+|hey+|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|(?:is |are )?(?:any(?:one|body)|some(?:one|body)|you) (?:there|around|here|online))\b")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\b(?:thanks?|thank you|thx|ty|cheers|much appreciated|appreciate (?:it|that|the help)|that (?:helps|helped|worked|works|answers it|solved it|did it|did the trick)|(?:that'?s )?(?:exactly )?what i (?:needed|was looking for)|perfect|awesome|great|cool|nice|brilliant|got it|understood|makes sense)\b")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"\b(?:bye+|goodbye|good bye|see (?:you|ya)|have a (?:good|nice|great) (?:day|one|evening|weekend)|that'?s (?:all|it|everything)|that is all|nothing else|i'?m (?:good|done|all set)|all good|all set)\b")]
    private static partial Regex Goodbye();

    /// <summary>Words that only pad a greeting or thanks ("there", "team", "ok", "so much").</summary>
    [GeneratedRegex(@"\b(?:there|team|folks|guys|everyone|all|ok(?:ay)?|so|well|oh|yes|yeah|yep|no|nope|you|again|very|much|a lot|lots|for (?:the|your) help|for helping|for that|lumora|bot|friend|mate|that'?s|this is|it|really|just|for now|and|then)\b")]
    private static partial Regex Filler();

    [GeneratedRegex(@"[^\p{L}\p{N}' ]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*(?:(?:hi+|hello+|hey+|hiya|good (?:morning|afternoon|evening))(?: there| team)?[\s,!.:;-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingGreeting();
}
