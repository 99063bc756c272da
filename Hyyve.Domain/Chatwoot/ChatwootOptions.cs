using System.ComponentModel.DataAnnotations;

namespace Hyyve.Domain.Chatwoot;

/// <summary>How Hyyve talks to Chatwoot and accepts its webhooks. Section <c>Chatwoot</c>.</summary>
public sealed class ChatwootOptions
{
    public const string SectionName = "Chatwoot";

    /// <summary>The address Chatwoot uses to reach Hyyve (<c>Chatwoot__PublicBaseUrl</c>), e.g. https://hyyve.example.
    /// Bots created by Hyyve point at <c>{PublicBaseUrl}/api/chatwoot/bot/{tenantId}</c>. Defaults to the listening address.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The Chatwoot installation tenants are provisioned in (<c>Chatwoot__BaseUrl</c>), e.g. https://chat.example;
    /// a provisioning request may name another.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The platform app's access token for that installation's Platform API (<c>Chatwoot__PlatformToken</c>); a
    /// provisioning request may bring its own.</summary>
    public string? PlatformToken { get; set; }

    /// <summary>Largest webhook body accepted; larger ones get 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxWebhookBytes { get; set; } = 1024 * 1024;

    /// <summary>How far <c>X-Chatwoot-Timestamp</c> may be from our clock (Chatwoot recommends 5 minutes).</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Timeout of one attempt of a call to Chatwoot.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of a call with all its retries and its wait for the rate limiter. It is also kept below two thirds of
    /// <c>Jobs__LeaseDuration</c> (see <see cref="ChatwootApiRegistration"/>), so a job never outlives its lease waiting on Chatwoot.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of a transient failure (429, 5xx, timeout) within one job attempt; see <see cref="ChatwootRetryRules"/>.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; doubles per retry with jitter (Chatwoot's 429 has no Retry-After).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Calls per minute to one Chatwoot installation, across all its tenants (rack-attack allows 3,000 per IP).</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinute { get; set; } = 2400;

    /// <summary>Calls that may wait for the rate limiter per installation; past that a call is refused (and retried).</summary>
    [Range(0, 1_000_000)]
    public int RateLimitQueueLimit { get; set; } = 10_000;

    /// <summary>How long a retry waits for the echo of a message whose earlier POST had an unknown outcome.</summary>
    public TimeSpan EchoWait { get; set; } = TimeSpan.FromSeconds(3);
}
