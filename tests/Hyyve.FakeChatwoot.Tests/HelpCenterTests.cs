using System.Net;
using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot.Tests;

public sealed class HelpCenterTests
{
    [Fact]
    public async Task Articles_list_pages_by_25_and_echoes_the_page_param_as_a_string()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var portal = await CreatePortalAsync(f);
        for (var i = 1; i <= 30; i++)
        {
            var created = await f.SendAsync(HttpMethod.Post, $"api/v1/accounts/{f.Account.Id}/portals/{portal}/articles", f.Admin.AccessToken,
                new { article = new { title = $"Article {i}", content = "Body", status = i == 30 ? "draft" : "published", author_id = f.Admin.Id } });
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        var first = await ListAsync(f, portal, "");
        var second = await ListAsync(f, portal, "?page=2");
        var published = await ListAsync(f, portal, "?page=2&status=published");

        Assert.Equal(25, first["payload"]!.AsArray().Count);
        Assert.Equal(1, first["meta"]!["current_page"]!.GetValue<int>());
        Assert.Equal(5, second["payload"]!.AsArray().Count);
        Assert.Equal("2", second["meta"]!["current_page"]!.GetValue<string>());
        Assert.Equal(30, second["meta"]!["articles_count"]!.GetValue<int>());
        Assert.Equal(4, published["payload"]!.AsArray().Count);
        Assert.Equal("Article 30", first["payload"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Portal_slug_is_unique_and_articles_need_an_author()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var slug = await CreatePortalAsync(f);

        var duplicate = await f.SendAsync(HttpMethod.Post, $"api/v1/accounts/{f.Account.Id}/portals", f.Admin.AccessToken,
            new { portal = new { name = "Again", slug } });
        var noAuthor = await f.SendAsync(HttpMethod.Post, $"api/v1/accounts/{f.Account.Id}/portals/{slug}/articles", f.Admin.AccessToken,
            new { title = "x", content = "y" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noAuthor.StatusCode);
    }

    private static async Task<string> CreatePortalAsync(FakeChatwootFixture f)
    {
        var response = await f.SendAsync(HttpMethod.Post, $"api/v1/accounts/{f.Account.Id}/portals", f.Admin.AccessToken,
            new { portal = new { name = "Acme Help", slug = "acme-help", config = new { default_locale = "en", allowed_locales = new[] { "en" } } } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await FakeChatwootFixture.JsonOf(response))!["slug"]!.GetValue<string>();
    }

    private static async Task<JsonNode> ListAsync(FakeChatwootFixture f, string portal, string query)
    {
        var response = await f.SendAsync(HttpMethod.Get, $"api/v1/accounts/{f.Account.Id}/portals/{portal}/articles{query}", f.Admin.AccessToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await FakeChatwootFixture.JsonOf(response))!;
    }
}
