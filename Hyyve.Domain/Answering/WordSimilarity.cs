namespace Hyyve.Domain.Answering;

/// <summary>Typo-tolerant word comparison (Damerau–Levenshtein distance of at most one).</summary>
public static class WordSimilarity
{
    /// <summary>Equal, or one edit apart (insert, delete, substitute, swap): for four-letter words only when the first
    /// letter agrees, so "taok" is "talk" but "that" is not "chat".</summary>
    public static bool Similar(string word, string target)
    {
        if (word == target)
        {
            return true;
        }

        if (target.Length < 4 || Math.Abs(word.Length - target.Length) > 1 || (target.Length == 4 && word[0] != target[0]))
        {
            return false;
        }

        return EditDistance(word, target) <= 1;
    }

    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
