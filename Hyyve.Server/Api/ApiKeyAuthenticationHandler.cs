using System.Security.Claims;
using System.Text.Encodings.Web;
using Hyyve.Domain.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hyyve.Server.Api;

/// <summary>Reads <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c> and asks the Domain who it belongs to.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ScopeClaim = "hyyve:scope";
    public const string TenantClaim = "hyyve:tenant";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedApiKey.From(Request.Headers[PresentedApiKey.HeaderName], Request.Headers.Authorization)
            ?? EventStreamKey();
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        var identity = await keys.AuthenticateAsync(presented, Context.RequestAborted);
        if (identity is null)
        {
            return AuthenticateResult.Fail("The API key is not valid.");
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

    /// <summary>EventSource cannot send headers, so the console's event stream alone also takes the key as <c>?access_token=</c>.</summary>
    private string? EventStreamKey() =>
        Request.Path.StartsWithSegments(EventStreamPath) && Request.Query["access_token"].FirstOrDefault() is { Length: > 0 } key ? key : null;

    private const string EventStreamPath = "/api/events";
}
