using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hyyve.IntegrationTests.Infrastructure.FakeAzureSearch;

/// <summary>
/// The managed identity endpoint App Service and Azure Functions give a process (the <c>IDENTITY_ENDPOINT</c> and
/// <c>IDENTITY_HEADER</c> environment variables, api-version 2019-08-01), on loopback: it checks the header, issues a
/// token for the asked resource and tells <see cref="FakeAzureSearchServer"/> to accept it.
/// </summary>
public sealed class FakeManagedIdentityEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Resource, string? ClientId)> _requests = new();

    private FakeManagedIdentityEndpoint(WebApplication app) => _app = app;

    public string Header { get; } = Guid.NewGuid().ToString("N");

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Each token request that passed the header check: the resource and the user-assigned client id.</summary>
    public IReadOnlyCollection<(string Resource, string? ClientId)> Requests => _requests;

    public static async Task<FakeManagedIdentityEndpoint> StartAsync(FakeAzureSearchServer search)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var endpoint = new FakeManagedIdentityEndpoint(app);
        app.MapGet("/msi/token", (HttpContext http) => endpoint.Issue(http, search));
        await app.StartAsync();
        endpoint.Endpoint = new Uri(app.Urls.First().Replace("[::]", "127.0.0.1") + "/msi/token");
        return endpoint;
    }

    private IResult Issue(HttpContext http, FakeAzureSearchServer search)
    {
        var query = http.Request.Query;
        if (http.Request.Headers["X-IDENTITY-HEADER"] != Header || query["api-version"] != "2019-08-01")
        {
            return Results.Json(new JsonObject { ["error"] = "unauthorized" }, statusCode: 401);
        }

        var resource = query["resource"].ToString();
        var clientId = query["client_id"].FirstOrDefault();
        _requests.Enqueue((resource, clientId));
        var token = $"mi-{Guid.NewGuid():N}";
        search.AcceptBearer(token, resource);
        return Results.Json(new JsonObject
        {
            ["access_token"] = token,
            ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(),
            ["resource"] = resource,
            ["token_type"] = "Bearer",
            ["client_id"] = clientId ?? "system-assigned",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
