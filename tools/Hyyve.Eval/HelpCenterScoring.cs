using System.Text;

namespace Hyyve.Eval;

/// <summary>
/// The scoring rules of the help-center sets. A reply counts as small talk when the pipeline says so (decision or
/// reason <c>smalltalk</c>) or when it answers without citing anything. A fact is stated when one of its alternatives
/// occurs, as whole words, in the reply after lower-casing and turning punctuation into spaces; the cited titles and
/// links are removed first, so a fact found only in the source list does not count.
/// </summary>
public static class HelpCenterScoring
{
    public static Verdict Score(HelpCenterCase item, AskOutcome outcome)
    {
        var handoff = outcome.Decision == "handoff";
        return item.Expected switch
        {
            "answer" => handoff ? Verdict.NeedlessHandoff
                : !IsSmalltalk(outcome) && WouldBeRightAnswer(item, outcome) ? Verdict.Right : Verdict.WrongAnswer,
            "smalltalk" => handoff ? Verdict.NeedlessHandoff : IsSmalltalk(outcome) ? Verdict.Right : Verdict.WrongAnswer,
            _ => !handoff ? Verdict.WrongAnswer : outcome.Reason == item.Reason ? Verdict.Right : Verdict.WrongHandoffReason,
        };
    }

    /// <summary>
    /// Whether answering would have been right, whatever the bot decided: for an answerable case, the reply (or, on a
    /// handoff, the draft) cites a gold article and states every fact; any other case is never right to answer from knowledge.
    /// </summary>
    public static bool WouldBeRight(HelpCenterCase item, AskOutcome outcome) =>
        item.Expected == "answer" && WouldBeRightAnswer(item, outcome);

    public static bool IsSmalltalk(AskOutcome outcome) =>
        outcome.Decision == "smalltalk" || outcome.Reason == "smalltalk" || (outcome.Decision == "answer" && outcome.Cited.Count == 0);

    /// <summary>The facts the reply (or draft) does not state.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> MissingFacts(HelpCenterCase item, AskOutcome outcome)
    {
        var text = outcome.Text ?? "";
        foreach (var label in outcome.CitationLabels.Where(l => l.Length > 0))
        {
            text = text.Replace(label, " ", StringComparison.OrdinalIgnoreCase);
        }

        var said = Normalise(text);
        return item.Facts.Where(fact => !fact.Any(alternative => said.Contains(Normalise(alternative), StringComparison.Ordinal))).ToList();
    }

    /// <summary>Lower case, every run of non-letters-or-digits one space, padded with a space each side for whole-word matching.</summary>
    public static string Normalise(string text)
    {
        var result = new StringBuilder(" ", text.Length + 2);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(c);
            }
            else if (result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result[^1] == ' ' ? result.ToString() : result.Append(' ').ToString();
    }

    private static bool WouldBeRightAnswer(HelpCenterCase item, AskOutcome outcome) =>
        outcome.WouldCite.Any(item.Gold.Contains) && MissingFacts(item, outcome).Count == 0;
}
