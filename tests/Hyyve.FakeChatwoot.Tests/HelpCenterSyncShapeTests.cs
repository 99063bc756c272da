using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot.Tests;

/// <summary>The article list as a sync reads it: order, epoch timestamps, staged drafts, counts and hard deletes.</summary>
public sealed class HelpCenterSyncShapeTests
{
    [Fact]
    public async Task List_is_newest_first_by_updated_at_as_integer_epoch_seconds()
    {
        var clock = new FakeClock();
        await using var fake = await FakeChatwootServer.StartAsync(new FakeChatwootOptions { TimeProvider = clock });
        var (account, admin, portal) = Seed(fake);
        var first = fake.CreateArticle(portal.Id, "First", "One", admin.Id);
        clock.Advance(TimeSpan.FromSeconds(1));
        fake.CreateArticle(portal.Id, "Second", "Two", admin.Id);
        clock.Advance(TimeSpan.FromSeconds(1));
        fake.EditArticle(first.Id, a => a.Content = "One, edited");

        var page = await ListAsync(fake, account, admin, portal.Slug, "");

        var items = page["payload"]!.AsArray();
        Assert.Equal(["First", "Second"], items.Select(i => i!["title"]!.GetValue<string>()));
        Assert.Equal(JsonValueKind.Number, items[0]!["updated_at"]!.GetValueKind());
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds(), items[0]!["updated_at"]!.GetValue<long>());
        Assert.Equal("en", items[0]!["locale"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_staged_draft_leaves_the_published_title_and_content_as_they_were()
    {
        await using var fake = await FakeChatwootServer.StartAsync();
        var (account, admin, portal) = Seed(fake);
        var article = fake.CreateArticle(portal.Id, "Refunds", "Within 30 days.", admin.Id);
        fake.StageDraft(article.Id, "Refunds (new)", "Within 14 days.");

        var item = (await ListAsync(fake, account, admin, portal.Slug, ""))["payload"]![0]!;

        Assert.Equal("Refunds", item["title"]!.GetValue<string>());
        Assert.Equal("Within 30 days.", item["content"]!.GetValue<string>());
        Assert.Equal("Refunds (new)", item["draft_title"]!.GetValue<string>());
        Assert.Equal("Within 14 days.", item["draft_content"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_deleted_article_is_gone_without_a_trace_and_the_counts_ignore_the_status_filter()
    {
        await using var fake = await FakeChatwootServer.StartAsync();
        var (account, admin, portal) = Seed(fake);
        var kept = fake.CreateArticle(portal.Id, "Kept", "Body", admin.Id);
        var doomed = fake.CreateArticle(portal.Id, "Doomed", "Body", admin.Id);
        fake.CreateArticle(portal.Id, "Draft", "Body", admin.Id, status: "draft");
        using var http = new HttpClient { BaseAddress = fake.BaseUrl };
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"api/v1/accounts/{account.Id}/portals/{portal.Slug}/articles/{doomed.Id}");
        delete.Headers.Add("Api-Access-Token", admin.AccessToken);

        var deleted = await http.SendAsync(delete);
        var published = await ListAsync(fake, account, admin, portal.Slug, "?status=published");
        using var show = new HttpRequestMessage(HttpMethod.Get, $"api/v1/accounts/{account.Id}/portals/{portal.Slug}/articles/{doomed.Id}");
        show.Headers.Add("Api-Access-Token", admin.AccessToken);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(show)).StatusCode);
        Assert.Equal([kept.Id], published["payload"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()));
        Assert.Equal(2, published["meta"]!["all_articles_count"]!.GetValue<int>());
        Assert.Equal(1, published["meta"]!["published_count"]!.GetValue<int>());
        Assert.Equal(1, published["meta"]!["draft_articles_count"]!.GetValue<int>());
    }

    private static (FakeAccount, FakeUser, FakePortal) Seed(FakeChatwootServer fake)
    {
        var account = fake.CreateAccount("Acme");
        var admin = fake.CreateUser(account.Id, "Ada Admin", "ada@acme.example");
        return (account, admin, fake.CreatePortal(account.Id, "Acme Help", $"acme-{Guid.NewGuid():N}"[..12]));
    }

    private static async Task<JsonNode> ListAsync(FakeChatwootServer fake, FakeAccount account, FakeUser admin, string slug, string query)
    {
        using var http = new HttpClient { BaseAddress = fake.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/accounts/{account.Id}/portals/{slug}/articles{query}");
        request.Headers.Add("Api-Access-Token", admin.AccessToken);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
