using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Hyyve.IntegrationTests.Foundation;

/// <summary>The OpenAPI document describes every route the server maps, with its request, success and problem types.</summary>
public sealed partial class OpenApiDocumentTests : IAsyncLifetime
{
    private TestServer _server = null!;
    private JsonElement _document;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync(TestPostgres.CreateDatabase("openapi"));
        using var client = _server.CreateClient(apiKey: null);
        var response = await client.GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        _document = await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void Every_mapped_route_is_in_the_document()
    {
        var routes = MappedRoutes();

        var missing = routes.Where(r => Operation(r.Method, r.Path) is null).Select(r => $"{r.Method} {r.Path}").ToList();

        Assert.True(routes.Count >= 12, $"only {routes.Count} routes found");
        Assert.True(missing.Count == 0, "Not in /api/openapi.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_operation_names_its_success_and_problem_responses()
    {
        foreach (var (method, path, endpoint) in MappedRoutes())
        {
            var operation = Operation(method, path)!.Value;
            var responses = operation.GetProperty("responses").EnumerateObject().ToList();
            Assert.True(responses.Any(r => r.Name.StartsWith('2')), $"{method} {path} has no success response");
            Assert.True(responses.Any(r => r.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _)),
                $"{method} {path} has no problem response");
            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
            {
                Assert.True(operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").EnumerateObject().Any(),
                    $"{method} {path} takes a body the document does not describe");
            }
        }
    }

    [Fact]
    public void Response_bodies_have_schemas_that_name_their_fields()
    {
        var ask = Operation("POST", "/api/projects/{projectId}/ask")!.Value;
        var schema = ask.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var askResponse = Resolve(schema);

        Assert.True(askResponse.GetProperty("properties").TryGetProperty("decision", out _));
        var validation = Operation("POST", "/api/projects/{projectId}/documents")!.Value.GetProperty("responses").GetProperty("400");
        Assert.True(validation.GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    private List<(string Method, string Path, RouteEndpoint Endpoint)> MappedRoutes() =>
        [.. _server.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText != "/api/openapi.json")
            // Excluded on purpose: only the console page's HTML routes (/console/...), which are not part of the API.
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, Normalize(e.RoutePattern.RawText!), e)))];

    private JsonElement? Operation(string method, string path)
    {
        foreach (var entry in _document.GetProperty("paths").EnumerateObject())
        {
            if (Normalize(entry.Name) == path && entry.Value.TryGetProperty(method.ToLowerInvariant(), out var operation))
            {
                return operation;
            }
        }

        return null;
    }

    private JsonElement Resolve(JsonElement schema) => schema.TryGetProperty("$ref", out var reference)
        ? _document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
        : schema;

    /// <summary><c>/api/projects/{projectId:guid}/documents/{*externalId}</c> → <c>/api/projects/{projectId}/documents/{externalId}</c>.</summary>
    private static string Normalize(string route)
    {
        var path = Parameter().Replace(route, m => "{" + m.Groups["name"].Value + "}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();
}
