using System.ClientModel;
using System.ClientModel.Primitives;
using Hyyve.Domain.Answering.Generation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

// In the Answering namespace so AddAnswering calls it without a using (one line in its registration).
namespace Hyyve.Domain.Answering;

public static class GenerationServiceCollectionExtensions
{
    /// <summary>Name of the HTTP client the chat model is called through.</summary>
    public const string HttpClientName = "Hyyve.Answering.Generation";

    /// <summary>
    /// Optional answer generation. With <c>Answering:Generation:Model</c> set: an <see cref="IChatClient"/> for the
    /// OpenAI-compatible endpoint (unless the host registered its own) and <see cref="IAnswerGenerator"/>. Without it
    /// neither is registered and answers stay extractive.
    /// </summary>
    public static IHostApplicationBuilder AddAnswerGeneration(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GenerationOptions>()
            .BindConfiguration(GenerationOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _),
                "Answering:Generation:Endpoint must be an absolute URL, e.g. http://localhost:11434/v1.")
            .Validate(o => o.Timeout > TimeSpan.Zero && o.Timeout <= TimeSpan.FromMinutes(5),
                "Answering:Generation:Timeout must be above zero and at most 00:05:00.")
            .ValidateOnStart();
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetSection(GenerationOptions.SectionName)[nameof(GenerationOptions.Model)]))
        {
            return builder;
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        // The OpenAI client keeps one HttpClient for its lifetime, so connections are recycled by the handler, not the factory;
        // the generator's own timeout bounds each call.
        builder.Services.AddHttpClient(HttpClientName, http => http.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(System.Threading.Timeout.InfiniteTimeSpan);
        builder.Services.TryAddSingleton(sp => CreateChatClient(sp.GetRequiredService<IOptions<GenerationOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        builder.Services.TryAddSingleton<IAnswerGenerator, ChatAnswerGenerator>();
        return builder;
    }

    private static IChatClient CreateChatClient(GenerationOptions options, HttpClient http)
    {
        var client = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(http),
            NetworkTimeout = options.Timeout,
            // No transport retries: a retry would outlast the customer's wait, and a failed call falls back to the extractive answer.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        if (!string.IsNullOrWhiteSpace(options.Endpoint))
        {
            client.Endpoint = new Uri(options.Endpoint);
        }

        var key = new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey);
        return new ChatClient(options.Model, key, client).AsIChatClient();
    }
}
