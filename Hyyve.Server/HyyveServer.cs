using Hyyve.Domain;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Knowledge.HelpCenter;
using Hyyve.Domain.Reconciliation;
using Hyyve.Domain.Tenancy;
using Hyyve.Server.Api;
using Hyyve.Server.ConsolePage;
using Hyyve.Server.Database;

namespace Hyyve.Server;

/// <summary>The self-hosted host: Kestrel, the same <c>/api</c> routes as the Functions app, and PostgreSQL job workers.</summary>
public static class HyyveServer
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.UseEmbeddedPostgresWhenUnconfigured();
        builder.AddHyyveDomain();
        builder.Services.AddPostgresJobWorkers();
        builder.Services.AddHelpCenterSyncScheduler();
        builder.Services.AddScheduledReconciler();
        builder.AddServerApi();
        builder.Services.PostConfigure<TenancyOptions>(options =>
            options.EncryptionKeyFile = LocalFolder.Resolve(builder.Environment.ContentRootPath, options.EncryptionKeyFile));

        var app = builder.Build();
        app.MapHyyveApi();
        app.MapConsolePage();
        return app;
    }
}
