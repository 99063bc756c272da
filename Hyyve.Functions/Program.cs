using Hyyve.Domain;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Telemetry;
using Hyyve.Functions.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddHyyveDomain();
if (TelemetryServiceCollectionExtensions.OtlpEndpoint(builder.Configuration) is not null)
{
    // Domain exports by OTLP; the worker adds its invocation spans, parented on the host's trace context.
    builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
}

// Jobs leave through queue output bindings and run in queue triggers; no PostgreSQL job workers here (Jobs__Enabled=false).
builder.AddCollectingJobSink();
builder.Services.AddSingleton<ApiKeyGate>();
builder.Services.AddSingleton<ProjectRoute>();
builder.Build().Run();
