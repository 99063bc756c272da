namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// Points each Help Center call at its tenant's Chatwoot and adds the user token, both taken from request options: one
/// client serves every tenant, each with its own Chatwoot address. The hyphenated header survives nginx, which drops
/// names with underscores.
/// </summary>
internal sealed class ChatwootAddressHandler : DelegatingHandler
{
    public const string BaseUrlKey = "chatwoot-base-url";
    public const string TokenKey = "chatwoot-token";

    private static readonly HttpRequestOptionsKey<string> BaseUrl = new(BaseUrlKey);
    private static readonly HttpRequestOptionsKey<string> Token = new(TokenKey);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(BaseUrl, out var baseUrl) && request.RequestUri is { } uri)
        {
            request.RequestUri = new Uri(new Uri(baseUrl.TrimEnd('/') + "/"), uri.PathAndQuery.TrimStart('/'));
        }

        if (request.Options.TryGetValue(Token, out var token))
        {
            request.Headers.Remove("Api-Access-Token");
            request.Headers.TryAddWithoutValidation("Api-Access-Token", token);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
