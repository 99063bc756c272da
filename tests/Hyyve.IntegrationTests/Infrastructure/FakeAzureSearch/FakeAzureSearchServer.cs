using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hyyve.IntegrationTests.Infrastructure.FakeAzureSearch;

/// <summary>
/// A fake of the Azure AI Search REST API (api-version 2023-11-01) as a real HTTPS server on loopback, for the
/// unmodified SDK: index create-or-update and get, <c>docs/search.index</c> (upload, mergeOrUpload, delete) and
/// <c>docs/search.post.search</c> with <c>field eq 'value'</c> filters, simple text queries, vector queries and their
/// fusion by reciprocal rank as the service does. Its certificate is self-signed; <see cref="Trusts"/> pins it.
/// </summary>
public sealed partial class FakeAzureSearchServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeSearchIndexes _indexes = new();

    private FakeAzureSearchServer(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public const string ApiKey = "fake-search-admin-key";

    /// <summary>The audience Azure AI Search accepts in a Microsoft Entra token.</summary>
    public const string TokenAudience = "https://search.azure.com";

    private readonly ConcurrentDictionary<string, bool> _bearerTokens = new();
    private int _bearerRequests;

    public Uri Endpoint { get; private set; } = null!;

    public X509Certificate2 Certificate { get; }

    /// <summary>Every search request, in order, with its filter.</summary>
    public IReadOnlyList<FakeSearchRequest> Searches => _indexes.Searches;

    public JsonObject? IndexDefinition(string name) => _indexes.Definition(name);

    /// <summary>The stored documents of an index that match a filter such as <c>externalId eq 'a'</c> (null: all).</summary>
    public IReadOnlyList<JsonObject> Documents(string index, string? filter = null) => _indexes.Documents(index, filter);

    /// <summary>Accepts a bearer token issued for <paramref name="audience"/>; a token for another audience is refused, as
    /// the service refuses it.</summary>
    public void AcceptBearer(string token, string audience) => _bearerTokens[token] = audience == TokenAudience;

    /// <summary>How many requests were signed in with a bearer token rather than the api-key.</summary>
    public int BearerRequests => _bearerRequests;

    private bool HasAcceptedBearer(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var accepted = header.StartsWith("Bearer ", StringComparison.Ordinal) && _bearerTokens.TryGetValue(header[7..], out var ok) && ok;
        if (accepted)
        {
            Interlocked.Increment(ref _bearerRequests);
        }

        return accepted;
    }

    public bool Trusts(X509Certificate? presented) => presented is not null && presented.GetCertHashString() == Certificate.GetCertHashString();

    public static async Task<FakeAzureSearchServer> StartAsync()
    {
        var certificate = SelfSigned();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var server = new FakeAzureSearchServer(app, certificate);
        app.Run(async http =>
        {
            try
            {
                await server.HandleAsync(http);
            }
            catch (Exception ex) when (!http.Response.HasStarted)
            {
                // A fault of the fake itself: say what it was, so the SDK's exception shows it.
                await FakeSearchResponses.ErrorAsync(http, 500, "FakeFailure", ex.ToString());
            }
        });
        await app.StartAsync();
        server.Endpoint = new Uri(app.Urls.First().Replace("[::]", "127.0.0.1"));
        return server;
    }

    private async Task HandleAsync(HttpContext http)
    {
        if (http.Request.Headers["api-key"] != ApiKey && !HasAcceptedBearer(http))
        {
            await FakeSearchResponses.ErrorAsync(http, 403, "Forbidden", "The api-key or bearer token is missing or wrong.");
            return;
        }

        var route = Route().Match(http.Request.Path.Value ?? "");
        if (!route.Success)
        {
            await FakeSearchResponses.ErrorAsync(http, 404, "NotFound", $"No route {http.Request.Method} {http.Request.Path}.");
            return;
        }

        var name = route.Groups["name"].Value;
        var body = http.Request.Method is "PUT" or "POST" ? await JsonNode.ParseAsync(http.Request.Body) as JsonObject : null;
        var (status, answer) = (http.Request.Method, route.Groups["action"].Value) switch
        {
            ("PUT", "") => _indexes.CreateOrUpdate(name, body!),
            ("GET", "") => _indexes.Get(name),
            ("POST", "/docs/search.index") => _indexes.Index(name, body!),
            ("POST", "/docs/search.post.search") => _indexes.Search(name, body!),
            _ => (404, FakeSearchResponses.Error("NotFound", $"No route {http.Request.Method} {http.Request.Path}.")),
        };
        await FakeSearchResponses.WriteAsync(http, status, answer);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel needs the key in a loadable form on Linux: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    [GeneratedRegex(@"^/indexes(?:\('(?<name>[^']+)'\)|/(?<name>[^/]+))(?<action>/docs/search\.(?:index|post\.search))?$")]
    private static partial Regex Route();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
    }
}
