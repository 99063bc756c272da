namespace Hyyve.FakeChatwoot;

/// <summary>How an injected fault answers a request.</summary>
public sealed record FakeFault
{
    private FakeFault(int? statusCode, TimeSpan delay, bool afterProcessing = false)
    {
        StatusCode = statusCode;
        DelayBy = delay;
        AfterProcessing = afterProcessing;
    }

    /// <summary>True when the request is handled (its effects happen) before the fault replaces the answer.</summary>
    public bool AfterProcessing { get; }

    /// <summary>The status to answer with, or null to delay and then answer normally.</summary>
    public int? StatusCode { get; }

    public TimeSpan DelayBy { get; }

    /// <summary>rack-attack's default throttle answer: 429, text/plain <c>Retry later\n</c>, no Retry-After.</summary>
    public static FakeFault TooManyRequests { get; } = new(429, TimeSpan.Zero);

    /// <summary>500 with Rails' generic error body.</summary>
    public static FakeFault ServerError { get; } = new(500, TimeSpan.Zero);

    /// <summary>Wait, then handle the request normally (to trigger client timeouts).</summary>
    public static FakeFault Delay(TimeSpan delay) => new(null, delay);

    /// <summary>Handle the request, then answer <paramref name="statusCode"/> instead of the real response: a proxy or
    /// network failure after Chatwoot already acted (the message exists, but the client cannot know).</summary>
    public static FakeFault FailAfterProcessing(int statusCode = 500) => new(statusCode, TimeSpan.Zero, afterProcessing: true);

    /// <summary>Handle the request, then hold the answer for <paramref name="delay"/>: Chatwoot acted, and a client that dies
    /// (or gives up) meanwhile never learns the result.</summary>
    public static FakeFault HoldAfterProcessing(TimeSpan delay) => new(null, delay, afterProcessing: true);

    /// <summary>Any status with a Rails-like error body.</summary>
    public static FakeFault Status(int statusCode) => new(statusCode, TimeSpan.Zero);
}
