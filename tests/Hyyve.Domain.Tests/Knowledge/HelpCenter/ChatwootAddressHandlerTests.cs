using Hyyve.Domain.Knowledge.HelpCenter;

namespace Hyyve.Domain.Tests.Knowledge.HelpCenter;

public sealed class ChatwootAddressHandlerTests
{
    [Fact]
    public async Task Each_call_goes_to_its_tenants_chatwoot_with_its_token()
    {
        var inner = new Recorder();
        using var invoker = new HttpMessageInvoker(new ChatwootAddressHandler { InnerHandler = inner });
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://chatwoot.invalid/api/v1/accounts/3/portals/acme/articles?page=2");
        request.Options.Set(new HttpRequestOptionsKey<string>(ChatwootAddressHandler.BaseUrlKey), "https://chat.example/sub");
        request.Options.Set(new HttpRequestOptionsKey<string>(ChatwootAddressHandler.TokenKey), "user-token");

        await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal("https://chat.example/sub/api/v1/accounts/3/portals/acme/articles?page=2", inner.Seen!.RequestUri!.ToString());
        Assert.Equal("user-token", Assert.Single(inner.Seen.Headers.GetValues("Api-Access-Token")));
    }

    private sealed class Recorder : HttpMessageHandler
    {
        public HttpRequestMessage? Seen { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Seen = request;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
