using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Tenancy;

/// <summary>
/// Makes sure a platform administrator can get in: a configured key is used as is; otherwise a Development
/// host generates one on first start and prints it once. Other environments refuse to start without one.
/// </summary>
internal sealed class AdminKeyBootstrapper(ApiKeyStore keys, IHostEnvironment environment, ILogger<AdminKeyBootstrapper> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (keys.HasConfiguredAdminKey)
        {
            return;
        }

        if (await keys.AnyAdminKeyAsync(cancellationToken))
        {
            // Said on every such start: the generated key was shown once, and may be long gone from the terminal.
            logger.LogWarning("No Tenancy__AdminApiKey is set; this database's admin key was shown once when it was generated. "
                + "To get in, set Tenancy__AdminApiKey to a key of your choice, or run scripts/admin-key.sh, which issues a new admin "
                + "key into the running database and revokes nothing.");
            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "No platform admin key exists. Set Tenancy__AdminApiKey (any long random string), or start once with DOTNET_ENVIRONMENT=Development to generate one.");
        }

        var key = await keys.CreateAsync(ApiKeyScope.Admin, null, "generated on first start", cancellationToken);
        logger.LogWarning("Generated the platform admin key (shown once, store it now): {AdminApiKey}. Later, set Tenancy__AdminApiKey "
            + "or run scripts/admin-key.sh to get in again.", key);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
