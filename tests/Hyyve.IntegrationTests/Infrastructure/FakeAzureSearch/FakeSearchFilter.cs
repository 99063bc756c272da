using System.Text;
using System.Text.Json.Nodes;

namespace Hyyve.IntegrationTests.Infrastructure.FakeAzureSearch;

/// <summary>The part of OData filter syntax Hyyve uses: <c>field eq 'value'</c> joined by <c>and</c>, quotes doubled to escape.
/// Anything else is a 400, as an unsupported filter would be.</summary>
internal static class FakeSearchFilter
{
    public static Func<JsonObject, bool> Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return _ => true;
        }

        var clauses = new List<(string Field, string Value)>();
        var i = 0;
        while (true)
        {
            var field = Word(filter, ref i);
            if (Word(filter, ref i) != "eq")
            {
                throw new FormatException($"Invalid expression: only 'field eq value' is supported in '{filter}'.");
            }

            clauses.Add((field, Quoted(filter, ref i)));
            Skip(filter, ref i);
            if (i >= filter.Length)
            {
                break;
            }

            if (Word(filter, ref i) != "and")
            {
                throw new FormatException($"Invalid expression: expected 'and' in '{filter}'.");
            }
        }

        return doc => clauses.All(c => doc[c.Field] is JsonValue v && v.TryGetValue<string>(out var s) && s == c.Value);
    }

    private static string Word(string text, ref int i)
    {
        Skip(text, ref i);
        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return i > start ? text[start..i] : throw new FormatException($"Invalid expression at position {start} of '{text}'.");
    }

    private static string Quoted(string text, ref int i)
    {
        Skip(text, ref i);
        if (i >= text.Length || text[i] != '\'')
        {
            throw new FormatException($"Invalid expression: expected a quoted string at position {i} of '{text}'.");
        }

        var value = new StringBuilder();
        for (i++; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i++;
                    continue;
                }

                i++;
                return value.ToString();
            }

            value.Append(text[i]);
        }

        throw new FormatException($"Invalid expression: unterminated string in '{text}'.");
    }

    private static void Skip(string text, ref int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
    }
}
