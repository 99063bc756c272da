using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.IntegrationTests.Infrastructure;
using Hyyve.Server.Database;

namespace Hyyve.IntegrationTests.Foundation;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_reports_database_and_queue_without_a_key()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("health"));
        using var client = server.CreateClient(apiKey: null);

        var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.Equal(0, body.GetProperty("queue").GetProperty("depth").GetInt64());
    }

    [Fact]
    public async Task Health_reports_a_stopped_database_as_unhealthy_instead_of_hanging()
    {
        // A cluster of its own, because this test stops it.
        var root = Path.Combine(Path.GetTempPath(), $"hyyve-health-pg-{Guid.NewGuid():N}");
        var cluster = EmbeddedPostgres.EnsureStarted(root);
        try
        {
            await using var server = await TestServer.StartAsync(cluster.ConnectionString);
            using var client = server.CreateClient(apiKey: null);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);

            EmbeddedPostgres.Stop(cluster.DataDirectory);
            var clock = Stopwatch.StartNew();
            var response = await client.GetAsync("/api/health");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"health answered in {clock.Elapsed.TotalSeconds:0.0} s");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(body.GetProperty("database").GetProperty("reachable").GetBoolean());
        }
        finally
        {
            try { EmbeddedPostgres.Stop(Path.Combine(root, "data")); } catch (InvalidOperationException) { /* already stopped */ }
            Directory.Delete(root, recursive: true);
        }
    }
}
