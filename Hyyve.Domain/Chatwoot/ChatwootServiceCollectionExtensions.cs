using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyyve.Domain.Chatwoot;

public static class ChatwootServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddChatwoot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChatwootOptions>()
            .BindConfiguration(ChatwootOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ChatwootResilience>();
        builder.Services.AddTransient<ChatwootTokenHandler>();
        builder.Services.AddHttpClient<ChatwootClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<ChatwootTokenHandler>();
        return builder;
    }
}
