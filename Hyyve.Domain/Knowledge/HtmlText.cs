using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Turns HTML into Markdown-like text: headings become <c>#</c> lines so they stay with their text, blocks become
/// paragraphs, and page furniture (scripts, styles, navigation, headers, footers, forms) is dropped with its content.
/// A regex pass, not a DOM: help-center HTML is simple, and a stray tag costs a word, not an answer.
/// </summary>
public static partial class HtmlText
{
    public static string ToMarkdown(string html)
    {
        var text = Comments().Replace(html, " ");
        text = Noise().Replace(text, " ");
        text = Heading().Replace(text, match =>
            $"\n\n{new string('#', match.Groups[1].Value[0] - '0')} {StripTags(match.Groups[2].Value).Trim()}\n\n");
        text = ListItem().Replace(text, "\n- ");
        text = BlockBreak().Replace(text, "\n\n");
        text = LineBreak().Replace(text, "\n");
        text = StripTags(text);
        text = WebUtility.HtmlDecode(text);
        return Tidy(text);
    }

    // Inline tags vanish without a trace so "<b>Security</b>." stays "Security."; other tags separate words.
    private static string StripTags(string value) => Tag().Replace(InlineTag().Replace(value, ""), " ");

    private static string Tidy(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\n'))
        {
            var line = Spaces().Replace(raw, " ").Trim();
            builder.Append(line).Append('\n');
        }

        return BlankLines().Replace(builder.ToString(), "\n\n").Trim();
    }

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"<(script|style|nav|header|footer|aside|noscript|template|form|svg|iframe|button|select)\b[^>]*>.*?</\1\s*>",
        RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Noise();

    [GeneratedRegex(@"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</?(p|div|section|article|main|ul|ol|table|tr|blockquote|pre|dl|dt|dd|figure|h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBreak();

    [GeneratedRegex(@"<br\s*/?>|</(li|td|th)>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</?(a|b|i|u|em|strong|span|code|small|mark|abbr|sup|sub|kbd)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v\u00a0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
