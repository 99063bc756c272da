namespace Hyyve.Domain.Sentiment;

/// <summary>
/// Lexicon sentiment of one customer message, offline and deterministic: the sum of word valences (a negation within the
/// three words before flips and damps a word, an intensifier scales the next word, words after "but" count more than those
/// before), squashed to [-1, 1] by x / sqrt(x² + 15). Positive from <see cref="Threshold"/>, negative below its negative.
/// Measured with <c>Hyyve.Eval sentiment</c> (README).
/// </summary>
public static class SentimentAnalyzer
{
    public const double Threshold = 0.05;
    private const double Squash = 15;

    public static SentimentScore Analyze(string? text)
    {
        var words = Words(text ?? "");
        var sum = 0.0;
        var butAt = words.FindLastIndex(w => w is "but" or "however" or "although" or "though");
        for (var i = 0; i < words.Count; i++)
        {
            if (!SentimentLexicon.Valence.TryGetValue(words[i], out var valence))
            {
                continue;
            }

            if (i > 0 && SentimentLexicon.Intensifiers.TryGetValue(words[i - 1], out var scale))
            {
                valence *= scale;
            }

            if (Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(j => SentimentLexicon.Negations.Contains(words[j])))
            {
                valence *= -0.7;
            }

            sum += butAt < 0 ? valence : i > butAt ? valence * 1.5 : valence * 0.5;
        }

        if (sum != 0 && (text ?? "").Contains('!'))
        {
            sum *= 1.15;
        }

        var score = Math.Round(sum / Math.Sqrt(sum * sum + Squash), 4);
        return new SentimentScore(score >= Threshold ? "positive" : score <= -Threshold ? "negative" : "neutral", score);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsLetter(ch) || ch == '-')
            {
                current.Append(ch);
            }
            else if (ch is '\'' or '’')
            {
                continue; // "don't" → "dont"
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}

/// <summary>A message's sentiment: <c>positive</c>, <c>neutral</c> or <c>negative</c>, and a score in [-1, 1].</summary>
public sealed record SentimentScore(string Label, double Score);
