using System.Text.RegularExpressions;

namespace Hyyve.Domain.Answering;

/// <summary>What a turn that asks nothing of the knowledge is: a greeting, thanks, a goodbye, or an acknowledgement.</summary>
public enum SmallTalkKind
{
    None,
    Greeting,
    Thanks,
    Goodbye,

    /// <summary>"Sounds good", "I'll take it", "let me check with my wife": the customer goes along, asking nothing.</summary>
    Acknowledgement,
}

/// <summary>
/// Recognises turns made only of greetings, thanks and goodbyes ("Hi there!", "thanks, that's all"), which get a short
/// friendly reply instead of a search or a handoff, and strips a leading greeting from a turn that goes on to ask
/// something ("hi, how do I export my data?"). Asking whether anyone is there ("hello, anyone there?") is a greeting.
/// Going along with what was said ("that sounds good", "yes, one of those will be fine") asks nothing either: it leans on
/// the turn before only in its words, and searching the knowledge with them would answer the previous question again.
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

        // "Sounds great" goes along with something; "great, thanks" thanks for it.
        var unagreed = Agreement().Replace(plain, " ");
        var (greeting, thanks, bye, agreed) = (Greeting().IsMatch(plain), Thanks().IsMatch(unagreed), Goodbye().IsMatch(plain), Agreement().IsMatch(plain));
        var remainder = Filler().Replace(Goodbye().Replace(Thanks().Replace(Greeting().Replace(unagreed, " "), " "), " "), " ");
        if (remainder.Trim().Length > 0 || (agreed && QuestionShape.IsQuestion(text)))
        {
            return SmallTalkKind.None;
        }

        return bye ? SmallTalkKind.Goodbye : thanks ? SmallTalkKind.Thanks : greeting ? SmallTalkKind.Greeting
            : agreed ? SmallTalkKind.Acknowledgement : SmallTalkKind.None;
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

    /// <summary>Going along with an offer or an answer, or putting off the decision.</summary>
    [GeneratedRegex(@"\b(?:(?:that |it |this )?(?:sounds?|seems?) (?:good|great|fine|perfect|lovely|wonderful|nice|ideal|right)|(?:that|it|this|those|one of (?:those|them)|either) (?:will|would|should)? ?(?:be )?(?:fine|good|great|perfect|do|work)|(?:that|it) works(?: for me)?|i'?(?:ll| will) take (?:it|that|them|one)|(?:let me|i'?ll|i need to|i have to|i will) (?:check|think(?: about it)?|ask|talk)(?: (?:with|to) (?:my )?\w+)?(?: first)?|i'?m not sure(?: yet)?|alright|sure|fine|deal|excellent)\b")]
    private static partial Regex Agreement();

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
