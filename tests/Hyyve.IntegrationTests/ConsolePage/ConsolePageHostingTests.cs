using System.Net;
using Hyyve.IntegrationTests.Infrastructure;
using Hyyve.IntegrationTests.Infrastructure.Browser;

namespace Hyyve.IntegrationTests.ConsolePage;

public sealed class ConsolePageHostingTests
{
    [ConsolePageBuiltFact]
    public async Task Every_address_under_console_serves_the_page_its_assets_are_cached_and_the_api_is_unchanged()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("consolehost"));
        using var client = server.CreateClient(apiKey: null);

        foreach (var path in new[] { "/console", "/console/", "/console/hitl", "/console/projects/7d2f0c4e-0000-4000-8000-000000000001/chat/12" })
        {
            var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<div id=\"root\">", await page.Content.ReadAsStringAsync());
        }

        var html = await client.GetStringAsync("/console");
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/console/assets/[^\"]+\\.js)\"").Groups[1].Value;
        var asset = await client.GetAsync(script);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/console/assets/missing.js")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/ping")).StatusCode);
    }
}
