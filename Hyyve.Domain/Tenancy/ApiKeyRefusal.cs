using Hyyve.Domain.Errors;

namespace Hyyve.Domain.Tenancy;

/// <summary>Why a request's key was not accepted; both hosts answer each with the same problem.</summary>
public enum ApiKeyRefusal
{
    /// <summary>Neither <c>Authorization</c> nor <c>X-Api-Key</c> was sent.</summary>
    Missing,

    /// <summary>A header was sent but holds no usable key (another scheme than Bearer, an empty key, spaces or control characters).</summary>
    Malformed,

    /// <summary>A well-formed key that matches no active key.</summary>
    Unknown,

    /// <summary>A valid tenant key on a route that needs the platform admin key.</summary>
    NotAdmin,
}

public static class ApiKeyRefusals
{
    /// <summary>What a 401 sends in <c>WWW-Authenticate</c> (RFC 6750): the scheme, and for a bad key why it was refused.</summary>
    public static string Challenge(this ApiKeyRefusal refusal) =>
        refusal == ApiKeyRefusal.Missing ? "Bearer" : "Bearer error=\"invalid_token\"";

    public static ApiProblem Problem(this ApiKeyRefusal refusal) => refusal switch
    {
        ApiKeyRefusal.Missing => new(401, "API key required",
            "Send an API key as 'Authorization: Bearer <key>' (or 'X-Api-Key: <key>')."),
        ApiKeyRefusal.Malformed => new(401, "Malformed API key",
            "The Authorization header must be 'Bearer <key>' with a key of printable characters and no spaces (or send 'X-Api-Key: <key>').",
            "Authorization"),
        ApiKeyRefusal.Unknown => new(401, "Unknown API key",
            "This API key is not known or was revoked. Use the tenant key from POST /api/tenants/connect, or the platform admin key "
            + "(Tenancy__AdminApiKey, or a new one from scripts/admin-key.sh)."),
        _ => new(403, "Admin key required", "This route needs the platform admin key; a tenant key cannot use it."),
    };
}
