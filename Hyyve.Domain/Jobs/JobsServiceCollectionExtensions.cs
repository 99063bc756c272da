using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>The PostgreSQL job queue (enqueue, admin) and, when <see cref="JobOptions.Enabled"/>, its workers.</summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobOptions>()
            .BindConfiguration(JobOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PostgresJobQueue>();
        builder.Services.AddSingleton<JobQueueAdmin>();
        builder.Services.AddSingleton<JobSignal>();
        builder.Services.AddSingleton(sp => new JobBackoff(sp.GetRequiredService<IOptions<JobOptions>>().Value, Random.Shared));
        // Hosts with another transport (Hyyve.Functions) replace this registration.
        builder.Services.TryAddSingleton<IJobSink>(sp => sp.GetRequiredService<PostgresJobQueue>());
        builder.Services.AddJobHandler<NoopJobHandler>();
        return builder;
    }

    /// <summary>Runs PostgreSQL job workers in this process (Hyyve.Server).</summary>
    public static IServiceCollection AddPostgresJobWorkers(this IServiceCollection services)
    {
        services.AddHostedService<JobNotificationListener>();
        services.AddSingleton<DeadLetterHooks>();
        services.AddHostedService<JobWorkerService>();
        services.AddHostedService<JobReaperService>();
        return services;
    }

    /// <summary>
    /// For a host whose queue is written by the host (Hyyve.Functions): jobs are collected per request by
    /// <see cref="CollectingJobSink"/> for the host to forward, and queue messages are run by <see cref="JobDispatcher"/>.
    /// </summary>
    public static IHostApplicationBuilder AddCollectingJobSink(this IHostApplicationBuilder builder)
    {
        // AddJobs registers PostgresJobQueue with TryAddSingleton, so a TryAdd here would lose to it, and a plain Add
        // after it would leave both in GetServices<IJobSink>(). Removing first makes the replacement exact whichever
        // order the calls come in. It is scoped because each request forwards only the jobs it submitted.
        builder.Services.RemoveAll<IJobSink>();
        builder.Services.AddScoped<CollectingJobSink>();
        builder.Services.AddScoped<IJobSink>(sp => sp.GetRequiredService<CollectingJobSink>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<JobDispatcher>();
        return builder;
    }

    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IJobHandler
    {
        services.AddScoped<IJobHandler, THandler>();
        return services;
    }
}
