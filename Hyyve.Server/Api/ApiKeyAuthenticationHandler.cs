using System.Security.Claims;
using System.Text.Encodings.Web;
using Hyyve.Domain.Errors;
using Hyyve.Domain.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hyyve.Server.Api;

/// <summary>
/// Reads <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c> and asks the Domain who it belongs to. A refused key
/// answers with Domain's <see cref="ApiKeyRefusals"/> problem (missing, malformed, unknown; 403 for a tenant key on an admin
/// route) and <c>WWW-Authenticate: Bearer</c>, logged in one Warning line. The base class gets no logger: its own
/// Information lines would repeat that one.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, UrlEncoder encoder, ApiKeyStore keys, ILogger<ApiKeyAuthenticationHandler> logger)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, NullLoggerFactory.Instance, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ScopeClaim = "hyyve:scope";
    public const string TenantClaim = "hyyve:tenant";

    private ApiKeyRefusal _refusal = ApiKeyRefusal.Missing;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var (presented, refusal) = PresentedApiKey.Read(Request.Headers[PresentedApiKey.HeaderName], Request.Headers.Authorization);
        if (presented is null && EventStreamKey() is { } streamKey)
        {
            (presented, refusal) = PresentedApiKey.Read(streamKey, default);
        }

        if (presented is null)
        {
            _refusal = refusal!.Value;
            return _refusal == ApiKeyRefusal.Missing ? AuthenticateResult.NoResult() : AuthenticateResult.Fail("Malformed API key.");
        }

        var identity = await keys.AuthenticateAsync(presented, Context.RequestAborted);
        if (identity is null)
        {
            _refusal = ApiKeyRefusal.Unknown;
            return AuthenticateResult.Fail("Unknown API key.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, identity.KeyName),
            new(ScopeClaim, identity.Scope == ApiKeyScope.Admin ? "admin" : "tenant"),
        };
        if (identity.TenantId is { } tenantId)
        {
            claims.Add(new Claim(TenantClaim, tenantId.ToString()));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        Context.Items[typeof(ApiKeyIdentity)] = identity;
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = _refusal.Challenge();
        await RefuseAsync(_refusal.Problem());
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => RefuseAsync(ApiKeyRefusal.NotAdmin.Problem());

    private async Task RefuseAsync(ApiProblem problem)
    {
        ProblemLog.Log(logger, Request.Method, Request.Path, problem, exception: null);
        await ApiProblemWriter.WriteAsync(Context, problem);
    }

    /// <summary>EventSource cannot send headers, so the console's event stream alone also takes the key as <c>?access_token=</c>.</summary>
    private string? EventStreamKey() =>
        Request.Path.StartsWithSegments(EventStreamPath) && Request.Query["access_token"].FirstOrDefault() is { Length: > 0 } key ? key : null;

    private const string EventStreamPath = "/api/events";
}
