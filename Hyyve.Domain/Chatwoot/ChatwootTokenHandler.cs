namespace Hyyve.Domain.Chatwoot;

/// <summary>Adds the per-call token. The hyphenated header name survives nginx, which drops names with underscores.</summary>
internal sealed class ChatwootTokenHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<string> TokenKey = new("chatwoot-token");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(TokenKey, out var token))
        {
            request.Headers.Remove("Api-Access-Token");
            request.Headers.TryAddWithoutValidation("Api-Access-Token", token);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
