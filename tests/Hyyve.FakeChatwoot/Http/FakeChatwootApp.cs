using System.Net;
using Hyyve.FakeChatwoot.State;
using Hyyve.FakeChatwoot.Webhooks;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>Builds the Kestrel app: services, the recording middleware and every route group.</summary>
internal static class FakeChatwootApp
{
    public const string WebhookClient = "fake-chatwoot-webhooks";

    public static WebApplication Build(FakeChatwootOptions options, FakeStore store, Recorder recorder, FaultInjector faults)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        if (!options.ConsoleLogging)
        {
            builder.Logging.ClearProviders();
        }

        builder.Services.AddSingleton(options).AddSingleton(store).AddSingleton(recorder).AddSingleton(faults);
        builder.Services.AddSingleton<Provisioner>();
        builder.Services.AddSingleton<Deleter>();
        builder.Services.AddSingleton<DeleteObjectJobs>();
        builder.Services.AddSingleton<EventSink>();
        builder.Services.AddSingleton<ChatEngine>();
        builder.Services.AddSingleton(sp => new WebhookDispatcher(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookClient), recorder, options));
        // Receivers in tests live on loopback; Chatwoot ≥4.14.1 with SAFE_FETCH_ALLOW_PRIVATE_NETWORK allows that too.
        builder.Services.AddHttpClient(WebhookClient, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false });

        var app = builder.Build();
        app.UseRouting();
        app.UseMiddleware<RecordingMiddleware>();

        var account = app.MapGroup("/api/v1/accounts/{account_id}").AddEndpointFilter<AccountAuthFilter>();
        AgentBotEndpoints.Map(account);
        InboxEndpoints.Map(account);
        ConversationEndpoints.Map(account);
        AssignmentLabelEndpoints.Map(account);
        MessageEndpoints.Map(account);
        HelpCenterEndpoints.Map(account);
        ContactEndpoints.Map(account);
        ApplicationDeleteEndpoints.Map(account);
        PlatformEndpoints.Map(app.MapGroup("/platform/api/v1").AddEndpointFilter<PlatformAuthFilter>());
        app.MapGet("/health", () => Results.Text("ok"));
        return app;
    }
}
