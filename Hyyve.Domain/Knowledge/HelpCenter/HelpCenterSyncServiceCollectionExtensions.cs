using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Refit;

namespace Hyyve.Domain.Knowledge.HelpCenter;

public static class HelpCenterSyncServiceCollectionExtensions
{
    /// <summary>The Help Center client, the sync, its runs, schedule and job handler. Runs through the knowledge services.</summary>
    public static IHostApplicationBuilder AddHelpCenterSync(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HelpCenterSyncOptions>()
            .BindConfiguration(HelpCenterSyncOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => SyncSchedule.IsValid(o.DefaultSchedule),
                "HelpCenter:DefaultSchedule must be a six-field NCRONTAB expression, e.g. \"0 */15 * * * *\".")
            .ValidateOnStart();
        builder.Services.AddTransient<ChatwootAddressHandler>();
        // One client for every tenant: the handler points each call at its tenant's Chatwoot, so this base is never used.
        builder.Services.AddRefitGeneratedClient<IHelpCenterApi>(HelpCenterJsonContext.Default)
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = new Uri("http://chatwoot.invalid");
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<ChatwootAddressHandler>()
            .AddChatwootResilience(); // only GETs: every failure the pipeline's rules name is retried
        // Transient and scoped, so each run gets an HttpClient from the factory instead of keeping one handler for good.
        builder.Services.AddTransient<HelpCenterClient>();
        builder.Services.AddScoped<HelpCenterSync>();
        builder.Services.AddSingleton<HelpCenterIndex>();
        builder.Services.AddSingleton<SyncRunStore>();
        // Scoped: they submit jobs through IJobSink, which is per request where the host collects jobs (Hyyve.Functions).
        builder.Services.AddScoped<SyncQueue>();
        builder.Services.AddScoped<SyncScheduler>();
        builder.Services.AddScoped<SyncRequests>();
        builder.Services.AddJobHandler<HelpCenterSyncJobHandler>();
        return builder;
    }

    /// <summary>Hyyve.Server's timer: looks for due syncs every <see cref="HelpCenterSyncOptions.SchedulerInterval"/>.</summary>
    public static IServiceCollection AddHelpCenterSyncScheduler(this IServiceCollection services) =>
        services.AddHostedService<SyncSchedulerService>();
}
