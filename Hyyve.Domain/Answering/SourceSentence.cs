using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Answering;

/// <summary>A sentence of a source and the heading of its section; <see cref="Headed"/> reads it under that heading
/// ("The email never arrives: Check your spam folder…"), since a heading often says what its sentences answer.</summary>
public sealed record SourceSentence(string Text, string Heading)
{
    public string Headed => Heading.Length == 0 ? Text : $"{Heading}: {Text}";

    /// <summary>The innermost heading of a chunk's heading path ("Reset your password › The email never arrives").</summary>
    public static string LastHeading(string headingPath)
    {
        var at = headingPath.LastIndexOf(MarkdownSections.PathSeparator, StringComparison.Ordinal);
        return (at < 0 ? headingPath : headingPath[(at + MarkdownSections.PathSeparator.Length)..]).Trim();
    }
}
