using Hyyve.Domain.Errors;

namespace Hyyve.Domain.Tenancy;

/// <summary>Checks a connect request before anything is called or written; names the field to fix.</summary>
internal static class ConnectRequestValidator
{
    /// <summary>Returns the normalised Chatwoot base URL (always ending in '/').</summary>
    public static Uri Validate(ConnectTenantRequest request)
    {
        if (!Uri.TryCreate(request.ChatwootBaseUrl?.TrimEnd('/') + "/", UriKind.Absolute, out var baseUrl)
            || baseUrl.Scheme is not ("http" or "https"))
        {
            throw new ValidationFailedException("chatwootBaseUrl", "chatwootBaseUrl must be an absolute http(s) URL of the Chatwoot installation.");
        }

        if (request.AccountId <= 0)
        {
            throw new ValidationFailedException("accountId", "accountId must be the numeric id of the Chatwoot account.");
        }

        if (string.IsNullOrWhiteSpace(request.UserToken))
        {
            throw new ValidationFailedException("userToken", "userToken (an administrator's access token of the account) is required.");
        }

        if (request.Projects is not { Count: > 0 })
        {
            throw new ValidationFailedException("projects", "projects must list at least one inbox to answer in.");
        }

        for (var i = 0; i < request.Projects.Count; i++)
        {
            var project = request.Projects[i];
            if (string.IsNullOrWhiteSpace(project.Name))
            {
                throw new ValidationFailedException($"projects[{i}].name", "Every project needs a name.");
            }

            if (project.InboxId <= 0 || request.Projects.Count(p => p.InboxId == project.InboxId) > 1)
            {
                throw new ValidationFailedException($"projects[{i}].inboxId", "Every project needs a distinct Chatwoot inbox id.");
            }

            if (project.ConfidenceThreshold is < 0 or > 1)
            {
                throw new ValidationFailedException($"projects[{i}].confidenceThreshold", "confidenceThreshold must be between 0 and 1.");
            }
        }

        if (request.ExistingBot is { } bot && (bot.Id <= 0 || string.IsNullOrWhiteSpace(bot.AccessToken) || (!request.Unsigned && string.IsNullOrWhiteSpace(bot.Secret))))
        {
            throw new ValidationFailedException("existingBot",
                "existingBot needs id and accessToken, and secret unless unsigned is true (Chatwoot < 4.13).");
        }

        return baseUrl;
    }
}
