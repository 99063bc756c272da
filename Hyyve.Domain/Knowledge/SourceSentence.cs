using System.Text.RegularExpressions;

namespace Hyyve.Domain.Knowledge;

/// <summary>A sentence of a source and the heading of its section; <see cref="Headed"/> reads it under that heading
/// ("The email never arrives: Check your spam folder…"), since a heading often says what its sentences answer.</summary>
public sealed partial record SourceSentence(string Text, string Heading)
{
    public string Headed => Heading.Length == 0 ? Text : $"{Heading}: {Text}";

    /// <summary>The sentences of one chunk, in order, as the answerer reads them: list items and lines count as sentences.</summary>
    public static IReadOnlyList<SourceSentence> Of(string headingPath, string content)
    {
        var heading = LastHeading(headingPath);
        return content.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => ListMarker().Replace(line, ""))
            .SelectMany(Sentences.Split)
            .Where(s => s.Any(char.IsLetterOrDigit))
            .Select(s => new SourceSentence(s, heading))
            .ToList();
    }

    /// <summary>The texts embedded for answer sentences, in the order their vectors are stored: every sentence as written,
    /// then every sentence under its heading.</summary>
    public static IReadOnlyList<string> Readings(IReadOnlyList<SourceSentence> sentences) =>
        [.. sentences.Select(s => s.Text), .. sentences.Select(s => s.Headed)];

    /// <summary>The innermost heading of a chunk's heading path ("Reset your password › The email never arrives").</summary>
    public static string LastHeading(string headingPath)
    {
        var at = headingPath.LastIndexOf(MarkdownSections.PathSeparator, StringComparison.Ordinal);
        return (at < 0 ? headingPath : headingPath[(at + MarkdownSections.PathSeparator.Length)..]).Trim();
    }

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();
}
