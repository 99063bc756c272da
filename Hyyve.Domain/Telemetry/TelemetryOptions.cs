namespace Hyyve.Domain.Telemetry;

/// <summary>OpenTelemetry export. Section <c>Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>OTLP collector address, e.g. http://otel-collector:4317 (<c>Telemetry__OtlpEndpoint</c>; the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> works too). Empty: traces and metrics are collected by no one and nothing is sent.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>OTLP protocol: <c>grpc</c> (port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The <c>service.name</c> resource of everything exported.</summary>
    public string ServiceName { get; set; } = "hyyve";
}
