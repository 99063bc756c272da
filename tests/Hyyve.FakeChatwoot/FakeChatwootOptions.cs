namespace Hyyve.FakeChatwoot;

/// <summary>Settings of one fake Chatwoot instance. Defaults copy Chatwoot v4.15.1.</summary>
public sealed class FakeChatwootOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>Per-attempt webhook timeout (WEBHOOK_TIMEOUT, default 5 s).</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Wait between webhook attempts (ActiveJob <c>wait: 3.seconds</c>); lower it in tests.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Attempts in total for a 429/500 answer (<c>attempts: 3</c>).</summary>
    public int WebhookAttempts { get; set; } = 3;

    /// <summary>CONVERSATION_MESSAGE_PER_MINUTE_LIMIT: messages per conversation per minute before 422.</summary>
    public int MessagesPerMinuteLimit { get; set; } = 200;

    /// <summary>How long Chatwoot's <c>DeleteObjectJob</c> takes: deleted accounts, users and inboxes answer 200 at once and
    /// disappear after this delay.</summary>
    public TimeSpan DeleteJobDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The platform app token; generated when null.</summary>
    public string? PlatformToken { get; set; }

    /// <summary>Clock for timestamps; the system clock unless a test supplies one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Write ASP.NET Core logs to the console (off for tests to keep output readable).</summary>
    public bool ConsoleLogging { get; set; }
}
