using Hyyve.Domain.Errors;
using Hyyve.Domain.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Hyyve.Functions.Http;

/// <summary>
/// This host's counterpart of Hyyve.Server's API key authentication and admin policy: reads the key where the
/// server does (<see cref="PresentedApiKey"/>), asks <see cref="ApiKeyStore"/> whose it is, and refuses with the same
/// problems (<see cref="ApiKeyRefusals"/>) and <c>WWW-Authenticate</c>. Function keys (<c>AuthorizationLevel.Function</c>)
/// are not used, so both hosts accept the same keys.
/// </summary>
public sealed class ApiKeyGate(ApiKeyStore keys, ILogger<ApiKeyGate> logger)
{
    /// <returns>null when the caller presented the platform admin key; otherwise the 401 or 403 to answer with.</returns>
    public async Task<IActionResult?> DenyUnlessAdminAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (identity, denied) = await AuthenticateAsync(request, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        return identity!.Scope == ApiKeyScope.Admin ? null : Refuse(request, ApiKeyRefusal.NotAdmin);
    }

    /// <summary>The frame of a route open to any valid key: 401 without one, then <paramref name="run"/> with the caller,
    /// errors as problem details.</summary>
    public Task<IActionResult> RunAsync(HttpRequest request, ILogger routeLogger, Func<ApiKeyIdentity, Task<IActionResult>> run,
        CancellationToken cancellationToken) =>
        ProblemResults.HandleAsync(request, routeLogger, async () =>
        {
            var (caller, denied) = await AuthenticateAsync(request, cancellationToken);
            return denied ?? await run(caller!);
        });

    /// <summary>Any valid key (admin or tenant); tenant routes then check the key may see the project.</summary>
    public async Task<(ApiKeyIdentity? Caller, IActionResult? Denied)> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (presented, refusal) = PresentedApiKey.Read(request.Headers[PresentedApiKey.HeaderName], request.Headers.Authorization);
        if (presented is null)
        {
            return (null, Refuse(request, refusal!.Value));
        }

        var identity = await keys.AuthenticateAsync(presented, cancellationToken);
        return identity is null ? (null, Refuse(request, ApiKeyRefusal.Unknown)) : (identity, null);
    }

    private IActionResult Refuse(HttpRequest request, ApiKeyRefusal refusal)
    {
        var problem = refusal.Problem();
        ProblemLog.Log(logger, request.Method, request.Path, problem, exception: null);
        return ProblemResults.From(problem, refusal == ApiKeyRefusal.NotAdmin ? null : refusal.Challenge());
    }
}
