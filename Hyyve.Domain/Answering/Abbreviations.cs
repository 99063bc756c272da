using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Is a word short for a phrase of a text: the beginnings of consecutive words run together ("amex" for "American
/// Express", "pr" for "pull request", "gcal" for "Google Calendar")? Such a word is the text's own subject, not a new one.
/// A real word is never one: "print" is not short for "project in the".
/// </summary>
public static class Abbreviations
{
    private const int MaxWords = 4;

    public static bool Abbreviates(string word, IReadOnlyList<string> textWords)
    {
        if (EnglishWords.Contains(word))
        {
            return false;
        }

        for (var start = 0; start < textWords.Count; start++)
        {
            if (textWords[start].Length > 0 && textWords[start][0] == word[0] && Covers(word, 0, textWords, start, 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Does word[from..] consist of a prefix of textWords[at], then of the next word, …, over two or more words?</summary>
    private static bool Covers(string word, int from, IReadOnlyList<string> textWords, int at, int used)
    {
        if (from == word.Length)
        {
            return used >= 2;
        }

        if (at >= textWords.Count || used == MaxWords)
        {
            return false;
        }

        var next = textWords[at];
        for (var length = Math.Min(next.Length, word.Length - from); length >= 1; length--)
        {
            if (string.CompareOrdinal(word, from, next, 0, length) == 0 && Covers(word, from + length, textWords, at + 1, used + 1))
            {
                return true;
            }
        }

        return false;
    }
}
