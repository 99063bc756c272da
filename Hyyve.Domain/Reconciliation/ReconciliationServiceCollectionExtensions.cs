using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyyve.Domain.Reconciliation;

public static class ReconciliationServiceCollectionExtensions
{
    /// <summary>The answer reconciler; each host decides when it runs (a timer function, or <see cref="AddScheduledReconciler"/>).</summary>
    public static IHostApplicationBuilder AddReconciliation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReconcilerOptions>()
            .BindConfiguration(ReconcilerOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => ReconcilerSchedule.IsValid(o.Schedule),
                $"{ReconcilerOptions.SectionName}:Schedule must be a six-field NCRONTAB expression (seconds first), e.g. \"{ReconcilerOptions.DefaultSchedule}\".")
            .Validate(o => o.GracePeriod > TimeSpan.Zero && o.MaxAge > o.GracePeriod,
                $"{ReconcilerOptions.SectionName}:GracePeriod must be positive and {ReconcilerOptions.SectionName}:MaxAge longer than it.")
            .ValidateOnStart();
        // Scoped: it submits through the host's IJobSink, which collects per invocation in Hyyve.Functions.
        builder.Services.AddScoped<AnswerReconciler>();
        return builder;
    }

    /// <summary>Runs a reconciler pass on <see cref="ReconcilerOptions.Schedule"/> in this process (Hyyve.Server).</summary>
    public static IServiceCollection AddScheduledReconciler(this IServiceCollection services) =>
        services.AddHostedService<ScheduledReconciler>();
}
