namespace Hyyve.Domain.Tenancy;

/// <summary>Where callers put their API key: <c>X-Api-Key</c>, or <c>Authorization: Bearer &lt;key&gt;</c>. Both hosts read it here.</summary>
public static class PresentedApiKey
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>The presented key, or null when neither header carries one.</summary>
    public static string? From(string? apiKeyHeader, string? authorizationHeader)
    {
        if (!string.IsNullOrWhiteSpace(apiKeyHeader))
        {
            return apiKeyHeader.Trim();
        }

        return authorizationHeader is { } authorization && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : null;
    }
}
