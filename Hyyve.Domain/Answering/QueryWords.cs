using System.Globalization;
using System.Text;

namespace Hyyve.Domain.Answering;

/// <summary>Lower-cased words of a text, and the function words that carry no topic.</summary>
public static class QueryWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about", "to", "from", "in", "on", "into",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "have", "has", "had", "having",
        "i", "me", "my", "we", "our", "us", "you", "your", "he", "she", "it", "its", "they", "them", "their", "there", "here",
        "this", "that", "these", "those", "what", "which", "who", "whom", "when", "where", "why", "how", "whether",
        "can", "could", "would", "should", "will", "shall", "may", "might", "must", "not", "no", "so", "than", "too", "very",
        "just", "also", "any", "some", "all", "each", "both", "more", "most", "other", "such", "only", "own", "same",
        "please", "thanks", "thank", "know", "tell", "like", "want", "need", "get", "let", "find", "info", "information",
        "hi", "hello", "hey", "ok", "okay", "yes", "yeah", "well", "great", "sure", "really", "much", "many", "one", "something",
        "anything", "else", "long", "take", "takes", "s", "t", "d", "ll", "re", "ve", "m", "don", "doesn", "isn", "aren", "didn", "wondering", "possible",
        "dont", "doesnt", "isnt", "arent", "didnt", "cant", "wont", "whats", "im", "ive", "itself", "gets", "getting", "got",
    };

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>Words in order, lower-cased, apostrophes dropped ("rosa's" → "rosas"), accents kept.</summary>
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
            }
            else if (ch is '\'' or '’' && current.Length > 0)
            {
                continue;
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            if (ch == '&')
            {
                words.Add("and");
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Topic words: not stop words and not single letters.</summary>
    public static IEnumerable<string> Content(string text) =>
        Split(text).Where(w => (w.Length > 1 || char.IsDigit(w[0])) && !StopWords.Contains(w));
}
