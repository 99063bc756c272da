namespace Hyyve.FakeChatwoot;

/// <summary>How an injected fault answers a request.</summary>
public sealed record FakeFault
{
    private FakeFault(int? statusCode, TimeSpan delay, bool afterProcessing = false, FakeGate? gate = null)
    {
        StatusCode = statusCode;
        DelayBy = delay;
        AfterProcessing = afterProcessing;
        Gate = gate;
    }

    /// <summary>When set, the request waits here, then is handled normally even if the client has gone (Rails finishes a
    /// request it has fully received).</summary>
    public FakeGate? Gate { get; }

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

    /// <summary>This fault, after waiting at <paramref name="gate"/>.</summary>
    public FakeFault HeldBy(FakeGate gate) => new(StatusCode, DelayBy, AfterProcessing, gate);

    /// <summary>Hold the request until <paramref name="gate"/> opens, then handle it normally.</summary>
    public static FakeFault Hold(FakeGate gate) => new(null, TimeSpan.Zero, gate: gate);

    /// <summary>Handle the request, then answer <paramref name="statusCode"/> instead of the real response: a proxy or
    /// network failure after Chatwoot already acted (the message exists, but the client cannot know).</summary>
    public static FakeFault FailAfterProcessing(int statusCode = 500) => new(statusCode, TimeSpan.Zero, afterProcessing: true);

    /// <summary>Handle the request, then hold the answer for <paramref name="delay"/>: Chatwoot acted, and a client that dies
    /// (or gives up) meanwhile never learns the result.</summary>
    public static FakeFault HoldAfterProcessing(TimeSpan delay) => new(null, delay, afterProcessing: true);

    /// <summary>Any status with a Rails-like error body.</summary>
    public static FakeFault Status(int statusCode) => new(statusCode, TimeSpan.Zero);
}
