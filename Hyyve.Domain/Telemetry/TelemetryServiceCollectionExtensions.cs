using Hyyve.Domain.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hyyve.Domain.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry traces (Hyyve's spans, HttpClient calls to Chatwoot and models, Npgsql commands) and metrics, exported
    /// by OTLP, only when an endpoint is configured. Without one nothing is registered, so no span is even created: the
    /// intake hot path pays nothing. A host adds its own instrumentation with <c>ConfigureOpenTelemetryTracerProvider</c>.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);
        var section = builder.Configuration.GetSection(TelemetryOptions.SectionName);
        if (OtlpEndpoint(builder.Configuration) is not { } endpoint)
        {
            return builder;
        }

        var protocol = section[nameof(TelemetryOptions.OtlpProtocol)] is "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(section[nameof(TelemetryOptions.ServiceName)] ?? "hyyve"))
            .WithTracing(tracing => tracing.AddSource(HyyveTelemetry.Name).AddHttpClientInstrumentation().AddNpgsql())
            .WithMetrics(metrics => metrics.AddMeter(HyyveTelemetry.Name).AddNpgsqlInstrumentation().AddHttpClientInstrumentation())
            .UseOtlpExporter(protocol, endpoint);
        if (builder.Configuration.GetSection(JobOptions.SectionName)[nameof(JobOptions.Enabled)] is not "false" and not "False")
        {
            builder.Services.AddHostedService<JobQueueGauges>();
        }

        return builder;
    }

    /// <summary>The configured OTLP endpoint (<c>Telemetry:OtlpEndpoint</c>, else <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), or null: export is off.</summary>
    public static Uri? OtlpEndpoint(IConfiguration configuration) =>
        (configuration.GetSection(TelemetryOptions.SectionName)[nameof(TelemetryOptions.OtlpEndpoint)] is { Length: > 0 } configured
            ? configured
            : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
}
