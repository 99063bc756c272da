using Hyyve.Domain.AgentConsole;
using Hyyve.Server.Api.OpenApi;
using Hyyve.Server.Console;
using Microsoft.AspNetCore.Authentication;
using OpenTelemetry.Trace;

namespace Hyyve.Server.Api;

public static class ServerApiExtensions
{
    /// <summary>Authentication by API key, authorization policies, problem details and JSON options.</summary>
    public static WebApplicationBuilder AddServerApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddHyyveOpenApi();
        // Applies only when Domain's AddTelemetry registered OpenTelemetry (an OTLP endpoint is configured).
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddAspNetCoreInstrumentation());
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Admin, policy => policy.RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, "admin"))
            .AddPolicy(ApiPolicies.AnyKey, policy => policy.RequireAuthenticatedUser());
        builder.Services.AddSingleton<ConsoleEventBroadcaster>();
        builder.Services.AddSingleton<IConsoleEventSink>(sp => sp.GetRequiredService<ConsoleEventBroadcaster>());
        builder.Services.AddSingleton<ConsoleEventStream>();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));
        return builder;
    }

    public static WebApplication MapHyyveApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHyyveOpenApi();
        var api = app.MapGroup("/api").ProducesServerProblems();
        api.MapHealthEndpoints();
        api.MapJobAdminEndpoints();
        api.MapChatwootWebhookEndpoints();
        api.MapTenantEndpoints();
        api.MapKnowledgeEndpoints();
        api.MapHelpCenterSyncEndpoints();
        api.MapAnsweringEndpoints();
        api.MapConsoleEndpoints();
        api.MapCuratedAnswerEndpoints();
        api.MapCommandCenterEndpoints();
        return app;
    }
}
