namespace Hyyve.Domain.Chatwoot;

/// <summary>Where a Chatwoot call goes and the token it carries; the Refit routes are relative to <see cref="ApiRoot"/>.</summary>
public interface IChatwootTarget
{
    /// <summary>The root the API family's routes hang off, e.g. https://chat.example/api/v1/accounts/7/.</summary>
    Uri ApiRoot { get; }

    /// <summary>The <c>api_access_token</c>: a user's, an agent bot's or the platform app's.</summary>
    string Token { get; }
}
