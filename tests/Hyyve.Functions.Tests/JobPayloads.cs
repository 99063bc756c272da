using System.Text.Json.Nodes;

namespace Hyyve.Functions.Tests;

/// <summary>Job messages compared by what they ask for: the trace context a message carries belongs to the request that queued it.</summary>
internal static class JobPayloads
{
    public static string WithoutTrace(string message)
    {
        var node = JsonNode.Parse(message)!.AsObject();
        node.Remove("traceparent");
        node.Remove("tracestate");
        return node.ToJsonString();
    }
}
