using Microsoft.Extensions.Hosting;

namespace Hyyve.Domain.Persistence;

/// <summary>Applies migrations during start-up, before any worker leases a job.</summary>
internal sealed class DatabaseInitializer(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
