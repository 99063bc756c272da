using System.Text.Json;

namespace Hyyve.Eval;

/// <summary>
/// One case of a help-center set (<c>samples/demo-helpcenter/eval/*.jsonl</c>): the conversation so far, the question, the
/// decision a right bot makes (<c>answer</c>, <c>handoff</c> or <c>smalltalk</c>), the handoff reason, the gold articles and
/// the facts a right answer states (each fact a list of alternatives).
/// </summary>
public sealed record HelpCenterCase(
    string Id,
    string Kind,
    IReadOnlyList<(string Role, string Text)> History,
    string Question,
    string Expected,
    string? Reason,
    IReadOnlySet<string> Gold,
    IReadOnlyList<IReadOnlyList<string>> Facts)
{
    /// <summary>The rows of the category table a case counts in: its expected decision, and its kind when that is finer.</summary>
    public IEnumerable<string> Categories()
    {
        yield return Expected switch
        {
            "answer" => "answerable",
            "smalltalk" => "smalltalk",
            _ => Reason == "customer_request" ? "human request" : "out of scope",
        };
        if (Kind is "followup" or "topic_switch")
        {
            yield return Kind == "followup" ? "  of which follow-up" : "  of which topic switch";
        }
    }

    public static HelpCenterCase Parse(JsonElement item)
    {
        var expected = item.GetProperty("expected").GetString()!;
        if (expected is not ("answer" or "handoff" or "smalltalk"))
        {
            throw new FormatException($"Case {item.GetProperty("id")}: expected must be answer, handoff or smalltalk, not \"{expected}\".");
        }

        return new HelpCenterCase(
            item.GetProperty("id").GetString()!,
            item.TryGetProperty("kind", out var kind) ? kind.GetString()! : expected,
            item.GetProperty("history").EnumerateArray().Select(t => (t.GetProperty("role").GetString()!, t.GetProperty("text").GetString()!)).ToList(),
            item.GetProperty("question").GetString()!,
            expected,
            item.GetProperty("reason").ValueKind == JsonValueKind.Null ? null : item.GetProperty("reason").GetString(),
            item.GetProperty("gold").EnumerateArray().Select(g => g.GetString()!).ToHashSet(),
            item.GetProperty("facts").EnumerateArray().Select(f => (IReadOnlyList<string>)f.EnumerateArray().Select(a => a.GetString()!).ToList()).ToList());
    }
}
