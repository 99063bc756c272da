using System.Text.RegularExpressions;

namespace Hyyve.Domain.Answering;

/// <summary>
/// What a source's title names, and whether a question names the same thing. A name is a run of capitalised words after
/// the title's first word ("Sync with Google Calendar" → "google calendar"; "Import from Trello, Asana or CSV" → "trello",
/// "asana", "csv"). A question names it when it has a word of the run (allowing one typo), unless a word the knowledge
/// never uses stands right before the run's last word in place of the rest ("outlook calendar" does not name Google
/// Calendar). A question with
/// a word the knowledge never uses, answered from a source whose names it does not mention, is most likely about a
/// neighbour of that source ("outlook calendar" next to Google Calendar, "jira" next to Trello and Asana).
/// </summary>
public static partial class SourceNames
{
    /// <summary>The title's names, each as its lower-cased words; <paramref name="isCommon"/> drops words that are the
    /// knowledge's own name (used in most of it, such as the product's), which name nothing in particular.</summary>
    public static IReadOnlyList<string[]> InTitle(string title, Func<string, bool> isCommon)
    {
        var runs = new List<string[]>();
        var current = new List<string>();
        var tokens = Token().Matches(title);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Value;
            var separated = i > 0 && title[(tokens[i - 1].Index + tokens[i - 1].Length)..tokens[i].Index].Trim().Length > 0;
            if (separated || !IsName(word, i) || isCommon(word.ToLowerInvariant()))
            {
                Close(runs, current);
            }

            if (IsName(word, i) && !isCommon(word.ToLowerInvariant()))
            {
                current.Add(word.ToLowerInvariant());
            }
        }

        Close(runs, current);
        return runs;
    }

    /// <summary>Does the question name one of <paramref name="names"/>? True when there are none. A follow-up names what the
    /// turn it follows named (<paramref name="context"/>: "how do i connect github" → "does it close tasks?"), unless it puts
    /// a rival in its place ("and apple calendar?" after Google Calendar).</summary>
    public static bool Mentioned(IReadOnlyList<string[]> names, IReadOnlyList<string> questionWords, IReadOnlyCollection<string> novel,
        IReadOnlyList<string>? context = null)
    {
        if (names.Count == 0)
        {
            return true;
        }

        var naming = names.Select(name => Names(name, questionWords, novel)).ToList();
        return naming.Contains(Naming.Same)
            || (context is not null && !naming.Contains(Naming.Rival) && names.Any(name => Names(name, context, []) == Naming.Same));
    }

    private static Naming Names(string[] name, IReadOnlyList<string> words, IReadOnlyCollection<string> novel)
    {
        var found = words.Select((w, i) => (Word: w, At: i)).Where(x => name.Any(n => WordSimilarity.Similar(x.Word, n))).ToList();
        if (found.Count == 0)
        {
            return Naming.None;
        }

        // "outlook calendar" against "google calendar": only the last word, with a new word where the others should be.
        var onlyLast = name.Length > 1 && found.All(x => WordSimilarity.Similar(x.Word, name[^1]));
        return onlyLast && found.All(x => x.At > 0 && novel.Contains(words[x.At - 1])) ? Naming.Rival : Naming.Same;
    }

    private static bool IsName(string word, int position) => position > 0 && word.Any(char.IsUpper);

    private static void Close(List<string[]> runs, List<string> current)
    {
        if (current.Count > 0)
        {
            runs.Add([.. current]);
            current.Clear();
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Token();

    private enum Naming
    {
        None,
        Same,
        Rival,
    }
}
