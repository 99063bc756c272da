using System.Text.RegularExpressions;

namespace Hyyve.Domain.Answering;

/// <summary>What kind of sentence answers a question.</summary>
public enum AnswerKind
{
    /// <summary>Nothing in the wording says; meaning alone chooses.</summary>
    Any,

    /// <summary>"How do I…", or a problem ("it won't load"): what to do.</summary>
    Steps,

    /// <summary>"Where…": a menu path, an address, a named place.</summary>
    Place,

    /// <summary>"How long…", "when will…": a duration or a time.</summary>
    Duration,

    /// <summary>"How much…": a price or an amount.</summary>
    Amount,

    /// <summary>"Which providers…": a list of names.</summary>
    Names,
}

/// <summary>
/// Answer-type matching, as question answering has long done it: the question's wh-words and shape say what kind of
/// sentence answers it ("how long do refunds take?" is answered by a duration, "where is it stored?" by a place), and
/// <see cref="ExtractiveAnswerer"/> answers with a sentence of that kind rather than one that only shares the topic.
/// </summary>
public static partial class AnswerKinds
{
    public static AnswerKind Expected(string question) =>
        QuestionShape.AsksHowTo(question) || Problem().IsMatch(question) ? AnswerKind.Steps
        : AsksDuration().IsMatch(question) ? AnswerKind.Duration
        : AsksAmount().IsMatch(question) ? AnswerKind.Amount
        : AsksPlace().IsMatch(question) ? AnswerKind.Place
        : AsksNames().IsMatch(question) ? AnswerKind.Names
        : AnswerKind.Any;

    public static bool Fits(AnswerKind kind, string sentence) => kind switch
    {
        AnswerKind.Steps => Instruction().IsMatch(sentence),
        AnswerKind.Place => MenuPath().IsMatch(sentence) || NamedPlace().IsMatch(sentence),
        AnswerKind.Duration => Duration().IsMatch(sentence),
        AnswerKind.Amount => Amount().IsMatch(sentence),
        AnswerKind.Names => NameList().IsMatch(sentence),
        _ => false,
    };

    /// <summary>A customer describing what goes wrong wants to know what to do about it.</summary>
    [GeneratedRegex(@"\b(?:won'?t|wont|doesn'?t|does not|isn'?t|is not|aren'?t|can'?t|cannot|unable to|not (?:working|loading|showing|arriving|syncing)|never (?:got|get|received|arrive[sd]?)|keeps? (?:failing|crashing|freezing)|stuck|broken|what should (?:i|we) (?:try|do))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Problem();

    [GeneratedRegex(@"\bhow (?:long|soon|quickly|fast)\b|\bwhen (?:will|do|does|is|are|can|did|would)\b|\bhow many (?:days|hours|minutes|weeks|months)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AsksDuration();

    [GeneratedRegex(@"\bhow much\b|\bwhat (?:does|do|is|are) (?:it|they|the \w+) costs?\b|\bprice of\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAmount();

    [GeneratedRegex(@"\bwhere\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksPlace();

    /// <summary>"Which identity providers…", "what browsers are…": which, or what, before a plural noun ("this", "status" are
    /// not). After "what" the plural must be followed by a verb or its subject, since "what happens now" ends in -s too.</summary>
    [GeneratedRegex(@"\bwhich\s+(?:[a-z]+\s+)?[a-z]{2,}[^isu\W]s\b|\bwhat\s+(?:[a-z]+\s+)?[a-z]{2,}[^isu\W]s\s+(?:are|do|does|can|could|will|would|should|is|work|you|we|they|i)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AsksNames();

    /// <summary>A sentence that tells the reader what to do: it starts with a command, perhaps after a place ("On the
    /// sign-in page choose…") or a clause of purpose or condition ("To reset your password, open…", "If it does not
    /// arrive, check…"), or names a menu path.</summary>
    [GeneratedRegex(@"^(?:(?:on|in|from|under)\b[^,.]{0,40}?\s|(?:if|to|when)\b[^,.]{0,60},\s*)?(?:open|go to|choose|click|select|enter|tap|use|check|set|turn|add|invite|connect|install|type|press|sign (?:in|out)|log (?:in|out)|visit|follow|scan|copy|upload|pick|find|search|contact|email|ask|reload|refresh|clear|update|download|mention|store|allow|remove|delete|enable|disable|create|share|link|paste|drag|try|wait|restart|reinstall|pull|make sure|reset|change|cancel)\b| › | > ",
        RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    [GeneratedRegex(@" › | > ")]
    private static partial Regex MenuPath();

    /// <summary>A preposition before a capitalised name or an address: "in the United States", "under Billing", "at https://…".</summary>
    [GeneratedRegex(@"\b(?:in|at|under|from|on)\s+(?:the\s+)?(?:[A-Z][a-z]|https?://)")]
    private static partial Regex NamedPlace();

    [GeneratedRegex(@"\b(?:\d+(?:\s*(?:to|-|–)\s*\d+)?|an?|one|two|three|four|five|six|seven|ten|fourteen|thirty)\s+(?:business\s+|working\s+|calendar\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b|\b(?:immediately|instantly|right away|at once|overnight)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"[$€£]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:%|percent|USD|EUR|GBP|dollars?|euros?)\b|\bfree\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    /// <summary>At least two capitalised names joined by commas, "and" or "or": "Okta, Microsoft Entra ID and Google Workspace".</summary>
    [GeneratedRegex(@"\b[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)*(?:,\s+|\s+(?:and|or)\s+)(?:[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)*)")]
    private static partial Regex NameList();
}
