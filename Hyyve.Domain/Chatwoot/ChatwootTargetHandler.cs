namespace Hyyve.Domain.Chatwoot;

/// <summary>
/// Sends each Refit call to the API root of its <see cref="IChatwootTarget"/> (one client serves every tenant and
/// installation, so the base address is per call) and adds the token. The hyphenated header name survives nginx, which drops names with
/// underscores. It runs before the resilience pipeline, so the rate limiter sees the real installation.
/// </summary>
public sealed class ChatwootTargetHandler : DelegatingHandler
{
    /// <summary>The Refit <c>[Property]</c> key that carries the call's <see cref="IChatwootTarget"/>.</summary>
    public const string Key = "hyyve.chatwoot-target";

    /// <summary>The address the Refit clients are built with; every request is moved off it before it is sent.</summary>
    public static readonly Uri Placeholder = new("http://chatwoot.invalid/");

    private static readonly HttpRequestOptionsKey<IChatwootTarget> TargetKey = new(Key);

    /// <summary>The target a Refit call was made for, or null for a request Refit did not build.</summary>
    public static IChatwootTarget? TargetOf(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(TargetKey, out var target) ? target : null;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(TargetKey, out var target) || request.RequestUri is null)
        {
            throw new InvalidOperationException("A Chatwoot call needs an IChatwootTarget argument marked [Property(ChatwootTargetHandler.Key)].");
        }

        request.RequestUri = new Uri(target.ApiRoot, request.RequestUri.PathAndQuery.TrimStart('/'));
        request.Headers.Remove("Api-Access-Token");
        request.Headers.TryAddWithoutValidation("Api-Access-Token", target.Token);
        return base.SendAsync(request, cancellationToken);
    }
}
