using System.Net;
using Hyyve.Domain.Chatwoot.Api;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.RateLimiting;
using Refit;

namespace Hyyve.Domain.Chatwoot;

/// <summary>
/// The one place that says which Chatwoot calls are retried, and why (DESIGN §3.5).
/// <list type="bullet">
/// <item>Every call except those below retries the library's transient outcomes: 429 (rack-attack's throttle, which has no
/// Retry-After, so the backoff is exponential with jitter), 408, 5xx, a timed-out attempt and a connection failure.
/// These calls are reads, or writes that end in the same state when repeated (toggle_status, set_agent_bot, an agent
/// bot PATCH, the account_users upsert).</item>
/// <item>The creates in <see cref="NotIdempotent"/> make a new record each time. They are retried only when Chatwoot
/// cannot have processed them: a 429 (rack-attack answers before any controller runs), a connection that never opened,
/// or a call the client-side rate limiter refused. A 5xx or a timeout after the request was sent leaves the outcome
/// unknown, so the call fails; for a message the job's next attempt looks for its echo before posting again
/// (<see cref="Conversations.BotPoster"/>).</item>
/// </list>
/// </summary>
public static class ChatwootRetryRules
{
    /// <summary>Refit method names (<c>Interface.Method</c>) of the calls that are not idempotent.</summary>
    public static readonly IReadOnlySet<string> NotIdempotent = new HashSet<string>(StringComparer.Ordinal)
    {
        $"{nameof(IChatwootApplicationApi)}.{nameof(IChatwootApplicationApi.CreateMessageAsync)}",
        $"{nameof(IChatwootApplicationApi)}.{nameof(IChatwootApplicationApi.CreateAgentBotAsync)}",
        $"{nameof(IChatwootPlatformApi)}.{nameof(IChatwootPlatformApi.CreateAccountAsync)}",
        $"{nameof(IChatwootPlatformApi)}.{nameof(IChatwootPlatformApi.CreateUserAsync)}",
        $"{nameof(IChatwootApplicationApi)}.{nameof(IChatwootApplicationApi.CreateInboxAsync)}",
        $"{nameof(IChatwootApplicationApi)}.{nameof(IChatwootApplicationApi.CreatePortalAsync)}",
    };

    /// <summary>
    /// The retry predicate of the Chatwoot pipeline; <c>attempt</c> is the attempt that just ended (0 for the first). A call
    /// a person waits on (<see cref="IChatwootTarget.FailFast"/>) is retried once at most, so a blip passes and a dead
    /// installation is reported at once.
    /// </summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, int attempt = 0) =>
        (attempt == 0 || ChatwootTargetHandler.TargetOf(request)?.FailFast != true)
        && (IsIdempotent(request) ? IsTransient(outcome) : CannotHaveBeenProcessed(outcome));

    /// <summary>A call is idempotent unless it is listed in <see cref="NotIdempotent"/>; an unnamed POST is treated as a create.</summary>
    public static bool IsIdempotent(HttpRequestMessage? request) => CallName(request) is { } name
        ? !NotIdempotent.Contains(name)
        : request?.Method != HttpMethod.Post;

    /// <summary><c>Interface.Method</c> of a Refit call, or null for a request Refit did not build.</summary>
    public static string? CallName(HttpRequestMessage? request)
    {
        if (request is null || !request.Options.TryGetValue(new HttpRequestOptionsKey<string>(HttpRequestMessageOptions.MethodName), out var method))
        {
            return null;
        }

        return request.Options.TryGetValue(new HttpRequestOptionsKey<Type>(HttpRequestMessageOptions.InterfaceType), out var type)
            ? $"{type.Name}.{method}"
            : method;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        HttpClientResiliencePredicates.IsTransient(outcome) || outcome.Exception is RateLimiterRejectedException;

    private static bool CannotHaveBeenProcessed(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests }
        || outcome.Exception is RateLimiterRejectedException
        || outcome.Exception is HttpRequestException
        {
            HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError,
        };
}
