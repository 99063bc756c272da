using Hyyve.Domain.Chatwoot;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// Retries the Help Center's GETs with Chatwoot's idempotent pipeline (429, 5xx, timeouts, connection errors; exponential
/// backoff with jitter). Only reads go through this client, so every call is safe to repeat.
/// </summary>
internal sealed class ChatwootRetryHandler(ChatwootResilience resilience) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        await resilience.Idempotent.ExecuteAsync(async token => await base.SendAsync(request, token), cancellationToken);
}
