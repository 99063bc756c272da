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

    /// <summary>The presented key, or why there is none to look up (<see cref="ApiKeyRefusal.Missing"/> or <see cref="ApiKeyRefusal.Malformed"/>).</summary>
    public static (string? Key, ApiKeyRefusal? Refusal) Read(string? apiKeyHeader, string? authorizationHeader)
    {
        var key = From(apiKeyHeader, authorizationHeader);
        if (key is null)
        {
            return (null, string.IsNullOrWhiteSpace(apiKeyHeader) && string.IsNullOrWhiteSpace(authorizationHeader)
                ? ApiKeyRefusal.Missing
                : ApiKeyRefusal.Malformed);
        }

        return key.Length == 0 || key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? (null, ApiKeyRefusal.Malformed) : (key, null);
    }
}
