namespace Hyyve.Domain.Chatwoot;

/// <summary>Where a Chatwoot call goes and the token it carries; the Refit routes are relative to <see cref="ApiRoot"/>.</summary>
public interface IChatwootTarget
{
    /// <summary>The root the API family's routes hang off, e.g. https://chat.example/api/v1/accounts/7/.</summary>
    Uri ApiRoot { get; }

    /// <summary>The <c>api_access_token</c>: a user's, an agent bot's or the platform app's.</summary>
    string Token { get; }

    /// <summary>The installation, as its errors name it (e.g. https://chat.example/).</summary>
    Uri BaseUrl { get; }

    /// <summary>True for a call a person is waiting on (connecting an account): it is retried once at most, so a Chatwoot
    /// that is unreachable or failing is reported within a second or two (502) instead of after the retries' backoff.</summary>
    bool FailFast => false;
}
