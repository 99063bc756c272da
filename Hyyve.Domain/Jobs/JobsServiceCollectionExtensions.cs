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
        services.AddHostedService<JobWorkerService>();
        return services;
    }

    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IJobHandler
    {
        services.AddScoped<IJobHandler, THandler>();
        return services;
    }
}
