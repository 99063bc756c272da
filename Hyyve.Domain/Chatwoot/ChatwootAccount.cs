namespace Hyyve.Domain.Chatwoot;

/// <summary>Where and as whom to call Chatwoot's Application API: a user token or the agent bot's token.
/// <see cref="BaseUrl"/> is the installation (a path prefix is kept).</summary>
public sealed record ChatwootAccount(Uri BaseUrl, long AccountId, string Token) : IChatwootTarget
{
    public Uri ApiRoot => new(BaseUrl, $"api/v1/accounts/{AccountId}/");

    /// <inheritdoc />
    public bool FailFast { get; init; }
}
