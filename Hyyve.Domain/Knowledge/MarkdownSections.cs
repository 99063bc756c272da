using System.Text.RegularExpressions;

namespace Hyyve.Domain.Knowledge;

/// <summary>Splits Markdown (or plain text) into sections that carry their heading path, e.g. <c>Billing › Refunds</c>.</summary>
public static partial class MarkdownSections
{
    public const string PathSeparator = " › ";

    public static IReadOnlyList<DocumentSection> Split(string content, bool headings)
    {
        var sections = new List<DocumentSection>();
        var path = new List<(int Level, string Text)>();
        var paragraphs = new List<string>();
        var paragraph = new List<string>();

        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                paragraphs.Add(string.Join(' ', paragraph));
                paragraph.Clear();
            }
        }

        void EndSection()
        {
            EndParagraph();
            if (paragraphs.Count > 0)
            {
                sections.Add(new DocumentSection(string.Join(PathSeparator, path.Select(p => p.Text)), paragraphs.ToList()));
                paragraphs.Clear();
            }
        }

        foreach (var raw in content.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            var heading = headings ? Heading().Match(line) : Match.Empty;
            if (heading.Success)
            {
                EndSection();
                var level = heading.Groups[1].Length;
                var text = Inline(heading.Groups[2].Value).Trim();
                path.RemoveAll(p => p.Level >= level);
                // An empty heading closes deeper sections but adds no name to the path.
                if (text.Length > 0)
                {
                    path.Add((level, text));
                }
            }
            else if (line.Length == 0 || Fence().IsMatch(line) || Rule().IsMatch(line))
            {
                EndParagraph();
            }
            else
            {
                var text = Inline(ListMarker().Replace(line, ""));
                if (ListMarker().IsMatch(line) || TableRow().IsMatch(line))
                {
                    EndParagraph();
                    text = TableRow().IsMatch(line) ? text.Replace('|', ' ').Trim() : text;
                }

                if (text.Length > 0)
                {
                    paragraph.Add(text);
                }
            }
        }

        EndSection();
        return sections;
    }

    /// <summary>Drops inline Markdown syntax but keeps link and image text.</summary>
    public static string Inline(string text)
    {
        text = Image().Replace(text, "$1");
        text = Link().Replace(text, "$1");
        text = Emphasis().Replace(text, "");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^(#{1,6})(?:\s+(.*?))?\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^([-*_]\s*){3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\|.*\|$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|`|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
