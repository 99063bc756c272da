using System.Text.RegularExpressions;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Cheap cues about what a turn is. A knowledge question is asked ("does it…?", "is there…"); bookings, thanks and
/// small talk are not knowledge questions even when they share words with the knowledge. A request for the agent to
/// act ("cancel my booking", "find me a hotel") or for a record's details ("can I have their phone number?") is
/// transactional; asking how to do something ("how do I cancel my subscription?") or what one may do ("can I get my
/// money back if I cancel?") is a knowledge question. Booking stays a request however it is asked.
/// </summary>
public static partial class QuestionShape
{
    public static bool IsQuestion(string text) => text.TrimEnd().EndsWith('?') || QuestionStart().IsMatch(text);

    /// <summary>"How do I …", "how to …": the customer wants to be told what to do.</summary>
    public static bool AsksHowTo(string text) => InstructionQuestion().IsMatch(text);

    public static bool IsTransactional(string text) =>
        (Closing().IsMatch(text) && !IsQuestion(text))
        || (!InstructionQuestion().IsMatch(text)
            && (DetailRequest().IsMatch(text) || (ActionRequest().IsMatch(text) && !(SelfQuestion().IsMatch(text) && !Booking().IsMatch(text)))));

    [GeneratedRegex(@"^\s*(?:(?:hi|hello|hey|ok(?:ay)?|great|thanks?|yes|no|also|and|so|oh|um|well)[,!.]?\s+)*(do|does|did|is|are|was|were|can|could|would|will|should|has|have|how|what|which|where|when|why|who|any|tell me|i(?:'d| would) like to know|i wonder|i was wondering)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex QuestionStart();

    /// <summary>Thanks and goodbyes close a conversation, unless the same turn asks something.</summary>
    [GeneratedRegex(@"\b(thank(?:s| you)?|bye|goodbye|that(?:'s| is| will be) all|no,? that's it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    /// <summary>"How do I …", "how can we …", "how to …", "what do I need to do to …": the customer wants instructions.</summary>
    [GeneratedRegex(@"\bhow (?:do|can|could|should|would) (?:i|we)\b|\bhow to\b|\bwhat do (?:i|we) (?:need|have) to do\b|\bis it possible to\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex InstructionQuestion();

    /// <summary>A question about what the customer may or must do ("can I get my money back if I cancel?").</summary>
    [GeneratedRegex(@"\b(?:can|could|do|should|will|may|must) (?:i|we)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SelfQuestion();

    /// <summary>Booking and reserving stay requests for action, however they are asked ("can I book a table for six?").</summary>
    [GeneratedRegex(@"\b(?:book(?:ing|ed)?|reserv(?:e|ation|ations))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Booking();

    /// <summary>Asking the agent for a record's details (a phone number, an address), which live in a system, not in articles.</summary>
    [GeneratedRegex(@"\b(price range|postcode|post code|phone number|address|reference number)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DetailRequest();

    [GeneratedRegex(@"\b(book(?:ing|ed)?|reserv(?:e|ation|ations)|cancel|looking for an? |i need an? |help me find|find me|recommend|suggest|train|taxi|arrive by|leave (?:at|after)|depart)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex ActionRequest();
}
