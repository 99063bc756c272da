namespace Hyyve.Domain.Chatwoot;

/// <summary>Where and as whom to call Chatwoot's Application API: a user token or the agent bot's token.</summary>
public sealed record ChatwootAccount(Uri BaseUrl, long AccountId, string Token)
{
    public Uri Url(string relative) => new(BaseUrl, $"api/v1/accounts/{AccountId}/{relative}");
}
