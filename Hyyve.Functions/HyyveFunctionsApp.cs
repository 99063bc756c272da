using Hyyve.Domain;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Telemetry;
using Hyyve.Domain.Provisioning;
using Hyyve.Functions.Http;
using Hyyve.Functions.Provisioning;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hyyve.Functions;

/// <summary>The function app's registrations, shared by <c>Program.cs</c> and the tests that build the same host.</summary>
public static class HyyveFunctionsApp
{
    public static FunctionsApplicationBuilder AddHyyveFunctions(this FunctionsApplicationBuilder builder)
    {
        builder.ConfigureFunctionsWebApplication();
        builder.AddHyyveDomain();
        if (TelemetryServiceCollectionExtensions.OtlpEndpoint(builder.Configuration) is not null)
        {
            // Domain exports by OTLP; the worker adds its invocation spans, parented on the host's trace context.
            builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
        }

        // Problem responses are written by the same service as in Hyyve.Server, so both hosts answer alike.
        builder.Services.AddProblemDetails();
        // Jobs leave through queue output bindings and run in queue triggers; no PostgreSQL job workers here (Jobs__Enabled=false).
        builder.AddCollectingJobSink();
        // Provisioning steps run as orchestration activities here, so a finished step schedules nothing itself.
        builder.Services.RemoveAll<IProvisioningContinuation>();
        builder.Services.AddSingleton<IProvisioningContinuation, OrchestratedContinuation>();
        builder.Services.AddSingleton<ApiKeyGate>();
        builder.Services.AddSingleton<ProjectRoute>();
        return builder;
    }
}
