using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Hyyve.Domain.Chatwoot;

/// <summary>
/// Two retry pipelines for Chatwoot calls. Idempotent calls retry 429, 5xx, timeouts and connection errors.
/// A message create is not idempotent: it retries only when Chatwoot cannot have processed it (429, a refused
/// connection); a 5xx or timeout after sending leaves the outcome unknown and goes back to the job, which checks
/// for the message's echo before posting again. Backoff is exponential with jitter: a 429 has no Retry-After.
/// </summary>
public sealed class ChatwootResilience
{
    public ChatwootResilience(IOptions<ChatwootOptions> options)
    {
        var o = options.Value;
        Idempotent = Build(o, IsTransient);
        NonIdempotent = Build(o, NotProcessed);
    }

    public ResiliencePipeline<HttpResponseMessage> Idempotent { get; }

    public ResiliencePipeline<HttpResponseMessage> NonIdempotent { get; }

    private static ResiliencePipeline<HttpResponseMessage> Build(ChatwootOptions o, Func<Outcome<HttpResponseMessage>, bool> shouldRetry) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(o.MaxRetries, 1),
                Delay = o.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(o.MaxRetries > 0 && shouldRetry(args.Outcome)),
            })
            .AddTimeout(o.RequestTimeout)
            .Build();

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError };

    private static bool NotProcessed(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests }
        || outcome.Exception is HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } };
}
