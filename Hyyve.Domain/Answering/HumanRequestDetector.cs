namespace Hyyve.Domain.Answering;

/// <summary>
/// Does the customer explicitly ask for a person? A request pairs a contact verb ("talk", "speak", "chat",
/// "contact") with a word for a human ("agent", "person", "someone", "operator"), or uses a phrase that needs no
/// verb ("live agent", "real person", "human please"). Words match with one typo, so "somneone" and "talkk" count.
/// "Customer service" alone is a question about contact details, not a request for a person here and now.
/// </summary>
public sealed class HumanRequestDetector
{
    private static readonly string[] Verbs =
        ["talk", "talking", "speak", "speaking", "chat", "chatting", "contact", "contacting", "reach", "connect", "transfer", "call"];

    private static readonly string[] Humans =
        ["agent", "person", "someone", "somebody", "human", "operator", "assistant", "representative", "rep"];

    private static readonly string[][] Phrases =
    [
        ["live", "agent"], ["human", "agent"], ["real", "person"], ["real", "human"], ["live", "person"], ["live", "chat"],
        ["human", "please"], ["agent", "please"], ["speak", "agent"], ["talk", "human"], ["not", "bot"], ["no", "bot"],
    ];

    public bool IsHumanRequest(string text)
    {
        var words = QueryWords.Split(text);
        if (words.Count == 0)
        {
            return false;
        }

        var hasHuman = words.Any(w => MatchesAny(w, Humans));
        var hasVerb = words.Any(w => MatchesAny(w, Verbs));
        return (hasHuman && hasVerb) || Phrases.Any(p => ContainsPhrase(words, p)) || (words.Count <= 2 && hasHuman);
    }

    private static bool ContainsPhrase(List<string> words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            if (phrase.Select((p, j) => Similar(words[i + j], p)).All(x => x))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAny(string word, string[] lexicon) => lexicon.Any(l => Similar(word, l));

    /// <summary>Equal, or one edit apart (insert, delete, substitute, swap): for four-letter words only when the first
    /// letter agrees, so "taok" is "talk" but "that" is not "chat".</summary>
    internal static bool Similar(string word, string target)
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

    private static int EditDistance(string a, string b)
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
