namespace Hyyve.FakeChatwoot;

/// <summary>
/// Answers chosen API calls with faults. A key is <c>"METHOD /full/route/{template}"</c>
/// (e.g. <c>"POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages"</c>)
/// or the short form <c>"METHOD last-segment"</c> (e.g. <c>"POST messages"</c>, <c>"POST toggle_status"</c>).
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<Rule> _rules = [];

    /// <summary>Answer the next <paramref name="count"/> matching calls with <paramref name="fault"/>.</summary>
    public void FailNext(string endpoint, int count, FakeFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            _rules.Add(new Rule(Parse(endpoint), fault, count));
        }
    }

    /// <summary>Answer every matching call with <paramref name="fault"/> until cleared.</summary>
    public void FailAlways(string endpoint, FakeFault fault)
    {
        lock (_gate)
        {
            _rules.Add(new Rule(Parse(endpoint), fault, Remaining: null));
        }
    }

    /// <summary>Remove the faults of one endpoint, or all faults when null.</summary>
    public void Clear(string? endpoint = null)
    {
        lock (_gate)
        {
            if (endpoint is null)
            {
                _rules.Clear();
                return;
            }

            var key = Parse(endpoint);
            _rules.RemoveAll(r => r.Key == key);
        }
    }

    internal FakeFault? Take(string method, string routeTemplate)
    {
        lock (_gate)
        {
            var index = _rules.FindIndex(r => Matches(r.Key, method, routeTemplate));
            if (index < 0)
            {
                return null;
            }

            var rule = _rules[index];
            if (rule.Remaining is int n)
            {
                if (n <= 1)
                {
                    _rules.RemoveAt(index);
                }
                else
                {
                    _rules[index] = rule with { Remaining = n - 1 };
                }
            }

            return rule.Fault;
        }
    }

    private static (string Method, string Target) Parse(string endpoint)
    {
        var parts = endpoint.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new ArgumentException($"Expected \"METHOD route\", got \"{endpoint}\".", nameof(endpoint));
        }

        return (parts[0].ToUpperInvariant(), parts[1].Trim());
    }

    private static bool Matches((string Method, string Target) key, string method, string template)
    {
        if (!string.Equals(key.Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return key.Target.StartsWith('/')
            ? string.Equals(key.Target.TrimEnd('/'), template.TrimEnd('/'), StringComparison.Ordinal)
            : template.TrimEnd('/').EndsWith("/" + key.Target, StringComparison.Ordinal);
    }

    private sealed record Rule((string Method, string Target) Key, FakeFault Fault, int? Remaining);
}
