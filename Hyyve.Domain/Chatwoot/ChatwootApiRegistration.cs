using Hyyve.Domain.Errors;
using Hyyve.Domain.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Refit;

namespace Hyyve.Domain.Chatwoot;

/// <summary>
/// Registers a Chatwoot Refit interface: the source-generated client on <see cref="ChatwootJsonContext"/>, the target
/// handler, then one resilience pipeline, from the outside in: the total timeout, the retry of
/// <see cref="ChatwootRetryRules"/>, the per-installation <see cref="ChatwootRateLimiter"/> (each attempt waits for a
/// permit), and the timeout of one attempt. Every Chatwoot API family registers through here.
/// </summary>
public static class ChatwootApiRegistration
{
    public const string PipelineName = "chatwoot";

    public static IHttpClientBuilder AddChatwootApi<TApi>(this IServiceCollection services)
        where TApi : class =>
        services.AddRefitGeneratedClient<TApi>(ChatwootJsonContext.Default, _ => Settings())
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = ChatwootTargetHandler.Placeholder;
                http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's timeouts rule
            })
            .AddHttpMessageHandler<ChatwootTargetHandler>()
            .AddChatwootResilience();

    /// <summary>The one Chatwoot pipeline, for a client registered on its own context (the Help Center API).</summary>
    internal static IHttpClientBuilder AddChatwootResilience(this IHttpClientBuilder client)
    {
        client.AddResilienceHandler(PipelineName, (pipeline, context) =>
        {
            var o = context.ServiceProvider.GetRequiredService<IOptions<ChatwootOptions>>().Value;
            var limiter = context.ServiceProvider.GetRequiredService<ChatwootRateLimiter>();
            pipeline.AddTimeout(TotalTimeout(o, context.ServiceProvider.GetRequiredService<IOptions<JobOptions>>().Value));
            if (o.MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = o.MaxRetries,
                    Delay = o.RetryBaseDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(ChatwootRetryRules.ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), args.AttemptNumber)),
                });
            }

            pipeline.AddRateLimiter(new HttpRateLimiterStrategyOptions
            {
                RateLimiter = args => limiter.AcquireAsync(args.Context.GetRequestMessage()?.RequestUri, args.Context.CancellationToken),
            });
            pipeline.AddTimeout(o.RequestTimeout);
        });
        return client;
    }

    /// <summary>The configured total, capped at two thirds of the job lease (when a running job renews it), so a job stuck
    /// on Chatwoot fails and retries before its lease could lapse. The Functions host has no lease of its own here.</summary>
    internal static TimeSpan TotalTimeout(ChatwootOptions chatwoot, JobOptions jobs) =>
        TimeSpan.FromTicks(Math.Min(chatwoot.TotalTimeout.Ticks, jobs.LeaseDuration.Ticks * 2 / 3));

    private static RefitSettings Settings()
    {
        var settings = RefitSettings.ForJsonContext(ChatwootJsonContext.Default);
        settings.ExceptionFactory = async response => response.IsSuccessStatusCode ? null : await ToUpstreamExceptionAsync(response);
        // A call that got no answer (connection failure, timeout, refused by the rate limiter) is an upstream failure too;
        // the caller's own cancellation stays a cancellation.
        settings.TransportExceptionFactory = (request, exception, cancellationToken) =>
            exception is OperationCanceledException && cancellationToken.IsCancellationRequested
                ? exception
                : new UpstreamException("Chatwoot", null,
                    $"Chatwoot at {Installation(request)} did not answer {request.Method} {Route(request)}: {exception.Message}", exception);
        return settings;
    }

    /// <summary>Chatwoot's refusals reach the Domain as <see cref="UpstreamException"/> with the status and Chatwoot's own words.</summary>
    private static async Task<Exception> ToUpstreamExceptionAsync(HttpResponseMessage response)
    {
        var request = response.RequestMessage;
        var route = request is null ? null : Route(request);
        var body = await response.Content.ReadAsStringAsync();
        body = body.Length <= 300 ? body.Trim() : body[..300] + "…";
        return new UpstreamException("Chatwoot", (int)response.StatusCode,
            $"Chatwoot at {Installation(request)} answered {(int)response.StatusCode} to {request?.Method} {route}: {body}");
    }

    /// <summary>The installation the call went to, so an error names the URL that was configured.</summary>
    private static string Installation(HttpRequestMessage? request) =>
        ChatwootTargetHandler.TargetOf(request)?.BaseUrl.ToString().TrimEnd('/') ?? request?.RequestUri?.GetLeftPart(UriPartial.Authority) ?? "(unknown)";

    /// <summary>The call's route template (low-cardinality, no ids), e.g. <c>/conversations/{conversationId}/messages</c>.</summary>
    private static string? Route(HttpRequestMessage request) =>
        request.Options.TryGetValue(new HttpRequestOptionsKey<string>(HttpRequestMessageOptions.RelativePathTemplate), out var template)
            ? template
            : request.RequestUri?.AbsolutePath;
}
