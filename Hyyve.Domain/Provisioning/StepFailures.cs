using Hyyve.Domain.Errors;

namespace Hyyve.Domain.Provisioning;

/// <summary>
/// How a step's failure is treated. Chatwoot's 4xx (but 408 and 429) are answers that a repeat cannot change: the run
/// fails with Chatwoot's words. 429, 5xx, timeouts and connection failures were already retried by the Chatwoot
/// pipeline (<see cref="Chatwoot.ChatwootRetryRules"/>) and are retried again by the job or the orchestration, with backoff.
/// </summary>
internal static class StepFailures
{
    public static bool IsPermanent(Exception exception) => exception switch
    {
        UpstreamException { StatusCode: int status } => status is >= 400 and < 500 and not 408 and not 429,
        ValidationFailedException => true,
        _ => false,
    };

    /// <summary>A compensation whose target is already gone has nothing left to do.</summary>
    public static bool IsGone(Exception exception) => exception is UpstreamException { StatusCode: 404 };
}
