using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hyyve.IntegrationTests.Foundation;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace Hyyve.IntegrationTests.Knowledge;

/// <summary>
/// Another tenant's key on every project route is a 404 that confirms nothing and changes nothing. The routes come from
/// the server's endpoint data source, so a route added later is covered without touching this test.
/// </summary>
public sealed partial class ProjectIsolationTests
{
    [Fact]
    public async Task Another_tenants_key_gets_404_on_every_project_route_and_the_owners_key_is_let_in()
    {
        var db = TestPostgres.CreateDatabase("isolation");
        await using var server = await TestServer.StartAsync(db);
        var owner = await KnowledgeProject.CreateAsync(server, "owner");
        var stranger = await KnowledgeProject.CreateAsync(server, "stranger");
        (await owner.PostDocumentsAsync(KnowledgeProject.Doc("kept", "Kept", "This document must survive every foreign request."))).EnsureSuccessStatusCode();
        var routes = ProjectRoutes(server);

        foreach (var (method, pattern) in routes)
        {
            var path = Fill(pattern, owner.ProjectId);
            var foreign = await Problem.ReadAsync(await stranger.Client.SendAsync(Request(method, path)));
            Assert.True(foreign.Status == 404 && foreign.Detail == $"Project {owner.ProjectId} was not found.", $"{method} {path}: {foreign}");

            using var own = await owner.Client.SendAsync(Request(method, path));
            var body = await own.Content.ReadAsStringAsync();
            Assert.False(body.Contains($"Project {owner.ProjectId} was not found."), $"{method} {path} refused the owner: {body}");
        }

        Assert.True(routes.Count >= 10, $"only {routes.Count} project routes found: {string.Join(", ", routes)}");
        Assert.Equal(1L, await DocumentsApiTests.CountAsync(db, $"SELECT count(*) FROM hyyve.documents WHERE project_id = '{owner.ProjectId}'"));
    }

    private static List<(string Method, string Pattern)> ProjectRoutes(TestServer server) =>
        [.. server.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "projectId"))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct()];

    /// <summary>The route with the owner's project id and a made-up value for every other parameter.</summary>
    private static string Fill(string pattern, Guid projectId) =>
        Parameter().Replace(pattern, m => m.Groups["name"].Value switch
        {
            "projectId" => projectId.ToString(),
            _ when m.Value.Contains(":long") || m.Value.Contains(":int") => "987654",
            var name when m.Value.Contains(":guid") || name.EndsWith("Id", StringComparison.Ordinal) && !name.StartsWith("external") => Guid.NewGuid().ToString(),
            _ => "made-up",
        }) + (pattern.EndsWith("/search") ? "?q=kept" : "");

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method is "POST" or "PUT" or "PATCH"
            ? new StringContent("""{"question":"What must survive?","documents":[],"schedule":""}""", Encoding.UTF8, "application/json")
            : null,
    };

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();
}
