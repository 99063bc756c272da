using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyyve.Domain.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddTenancy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TenancyOptions>().BindConfiguration(TenancyOptions.SectionName);
        builder.Services.AddSingleton<ApiKeyStore>();
        builder.Services.AddSingleton<ProjectStore>();
        builder.Services.AddSingleton<SecretProtector>();
        builder.Services.AddSingleton<TenantStore>();
        builder.Services.AddSingleton<TenantDirectory>();
        builder.Services.AddScoped<TenantConnector>();
        builder.Services.AddSingleton<BotSecretRotation>();
        builder.Services.AddSingleton<TenantApiKeys>();
        builder.Services.AddSingleton<SecretReencryption>();
        builder.Services.AddHostedService<AdminKeyBootstrapper>();
        return builder;
    }
}
