using Hyyve.Domain.Chatwoot.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Chatwoot;

public static class ChatwootServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddChatwoot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChatwootOptions>()
            .BindConfiguration(ChatwootOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatwootOptions>, ChatwootOptionsValidator>());
        builder.Services.AddSingleton<ChatwootRateLimiter>();
        builder.Services.AddTransient<ChatwootTargetHandler>();
        builder.Services.AddChatwootApi<IChatwootApplicationApi>();
        builder.Services.AddChatwootApi<IChatwootPlatformApi>();
        return builder;
    }
}
