using Hyyve.Domain.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Hyyve.Functions.Http;

/// <summary>
/// This host's counterpart of Hyyve.Server's API key authentication and admin policy: reads the key where the
/// server does (<see cref="PresentedApiKey"/>) and asks <see cref="ApiKeyStore"/> whose it is. Function keys
/// (<c>AuthorizationLevel.Function</c>) are not used, so both hosts accept the same keys.
/// </summary>
public sealed class ApiKeyGate(ApiKeyStore keys)
{
    /// <returns>null when the caller presented the platform admin key; otherwise the 401 or 403 to answer with.</returns>
    public async Task<IActionResult?> DenyUnlessAdminAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (identity, denied) = await AuthenticateAsync(request, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        return identity!.Scope == ApiKeyScope.Admin
            ? null
            : ProblemResults.Status(StatusCodes.Status403Forbidden);
    }

    /// <summary>Any valid key (admin or tenant); tenant routes then check the key may see the project.</summary>
    public async Task<(ApiKeyIdentity? Caller, IActionResult? Denied)> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var presented = PresentedApiKey.From(request.Headers[PresentedApiKey.HeaderName], request.Headers.Authorization);
        var identity = presented is null ? null : await keys.AuthenticateAsync(presented, cancellationToken);
        return identity is null
            ? (null, ProblemResults.Status(StatusCodes.Status401Unauthorized))
            : (identity, null);
    }
}
