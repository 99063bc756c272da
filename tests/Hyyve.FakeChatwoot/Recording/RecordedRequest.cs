namespace Hyyve.FakeChatwoot;

/// <summary>
/// One HTTP request the fake answered. <c>RouteTemplate</c> is e.g.
/// <c>/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages</c> (null when unrouted);
/// <c>TokenKind</c> is <c>user</c>, <c>agent_bot</c>, <c>platform_app</c>, <c>invalid</c> or <c>none</c>;
/// <c>Fault</c> is the injected fault that answered or delayed it.
/// </summary>
public sealed record RecordedRequest(
    DateTimeOffset At,
    string Method,
    string Path,
    string QueryString,
    string? RouteTemplate,
    string TokenKind,
    int? TokenOwnerId,
    string RequestBody,
    int StatusCode,
    string ResponseBody,
    FakeFault? Fault)
{
    /// <summary><c>METHOD template</c>, the key used by <see cref="FaultInjector"/>.</summary>
    public string Endpoint => $"{Method} {RouteTemplate ?? Path}";
}
