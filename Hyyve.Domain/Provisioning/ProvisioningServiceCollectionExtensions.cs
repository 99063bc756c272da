using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Provisioning;

public static class ProvisioningServiceCollectionExtensions
{
    /// <summary>Tenant provisioning: the plan's steps, the runner both hosts call, and (by default) the PostgreSQL job continuation.</summary>
    public static IHostApplicationBuilder AddProvisioning(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ProvisioningRunStore>();
        services.AddSingleton<RunLedger>();
        services.AddSingleton<ProvisioningLookups>();
        services.AddScoped<ProvisioningSteps>();
        services.AddScoped<ProvisioningCompensations>();
        services.AddScoped<ProvisioningFinisher>();
        // Hyyve.Functions replaces this: its orchestration calls the next step itself.
        services.TryAddSingleton<IProvisioningContinuation, JobQueueContinuation>();
        // The constructors are internal (they take Domain-internal parts), so the container is told how to build them.
        services.AddScoped(sp => new ProvisioningRunner(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<ProvisioningRunStore>(),
            sp.GetRequiredService<ProvisioningSteps>(), sp.GetRequiredService<ProvisioningCompensations>(),
            sp.GetRequiredService<ProvisioningFinisher>(), sp.GetRequiredService<IProvisioningContinuation>(),
            sp.GetRequiredService<IOptions<ChatwootOptions>>(), sp.GetRequiredService<ILogger<ProvisioningRunner>>()));
        services.AddScoped(sp => new ProvisioningRequests(sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetRequiredService<ProvisioningRunStore>(), sp.GetRequiredService<IProvisioningContinuation>(),
            sp.GetRequiredService<IOptions<ChatwootOptions>>()));
        services.AddJobHandler<ProvisioningStepJobHandler>();
        return builder;
    }
}
