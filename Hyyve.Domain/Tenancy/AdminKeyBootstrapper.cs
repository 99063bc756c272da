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
        if (keys.HasConfiguredAdminKey || await keys.AnyAdminKeyAsync(cancellationToken))
        {
            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "No platform admin key exists. Set Tenancy__AdminApiKey (any long random string), or start once with DOTNET_ENVIRONMENT=Development to generate one.");
        }

        var key = await keys.CreateAsync(ApiKeyScope.Admin, null, "generated on first start", cancellationToken);
        logger.LogWarning("Generated the platform admin key (shown once, store it now): {AdminApiKey}", key);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
