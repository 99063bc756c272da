using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hyyve.Domain.Jobs;

namespace Hyyve.Domain.Telemetry;

/// <summary>
/// Carries the trace of the request that queued a job into the job's run, through the payload itself (W3C
/// <c>traceparent</c>), so it survives either host's queue: PostgreSQL rows and Azure Storage messages alike. Payload
/// readers ignore the extra property.
/// </summary>
public static class JobTrace
{
    public const string Property = "traceparent";

    /// <summary>The payload with the current trace context added, or unchanged when nothing is being traced.</summary>
    public static string Stamp(string payloadJson)
    {
        if (Activity.Current is not { } current || JsonNode.Parse(payloadJson) is not JsonObject payload)
        {
            return payloadJson;
        }

        payload[Property] = current.Id;
        return payload.ToJsonString();
    }

    /// <summary>Starts the span of one job run, a child of the span that queued it when the payload says which.</summary>
    public static Activity? StartRun(LeasedJob job)
    {
        ActivityContext parent = default;
        try
        {
            using var payload = JsonDocument.Parse(job.PayloadJson);
            if (payload.RootElement.ValueKind == JsonValueKind.Object && payload.RootElement.TryGetProperty(Property, out var traceParent))
            {
                ActivityContext.TryParse(traceParent.GetString(), null, out parent);
            }
        }
        catch (JsonException)
        {
            // The handler reports a malformed payload; the run is traced without a parent.
        }

        return HyyveTelemetry.Source.StartActivity($"job {job.Kind}", ActivityKind.Consumer, parent, [
            new("hyyve.job.kind", job.Kind), new("hyyve.job.id", job.Id), new("hyyve.job.attempt", job.Attempt)]);
    }
}
