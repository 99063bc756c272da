using System.Text.Json.Nodes;

namespace Hyyve.Functions.Tests;

/// <summary>Job messages compared by what they ask for: the trace context a message carries belongs to the request that
/// queued it, and an answer job's acceptance stamp (<c>acceptedAt</c>, <c>acceptedBy</c>) to the intake that queued it.</summary>
internal static class JobPayloads
{
    public static string WhatItAsks(string message)
    {
        var node = JsonNode.Parse(message)!.AsObject();
        foreach (var stamp in (string[])["traceparent", "tracestate", "acceptedAt", "acceptedBy"])
        {
            node.Remove(stamp);
        }

        return node.ToJsonString();
    }
}
