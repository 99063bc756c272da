namespace Hyyve.Server.Database;

/// <summary>Says in the log which database this process runs on, since nobody configured one.</summary>
internal sealed class EmbeddedPostgresAnnouncer(EmbeddedPostgresInstance instance, ILogger<EmbeddedPostgresAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation(
            "No Database__ConnectionString set: using embedded PostgreSQL on 127.0.0.1:{Port} (data in {DataDirectory})",
            instance.Port, instance.DataDirectory);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
