using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.Domain.Tenancy;
using static Hyyve.IntegrationTests.HelpCenter.HelpCenterWorld;

namespace Hyyve.IntegrationTests.HelpCenter;

public sealed class HelpCenterSyncTests
{
    [Fact]
    public async Task First_sync_of_60_articles_indexes_exactly_the_published_ones_and_answers_cite_their_public_url()
    {
        await using var world = await StartAsync("hcfirst");
        var articles = world.SeedPortal(published: 50, drafts: 6, archived: 4);

        var run = await world.SyncAsync();
        var synced = await world.SyncedAsync();
        using var client = world.TenantClient();
        var ask = await (await client.PostAsJsonAsync($"{world.ProjectPath}/ask", new { question = "How do I reset my password?" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(3, run.GetProperty("counts").GetProperty("pagesRead").GetInt32());
        Assert.Equal(60, run.GetProperty("counts").GetProperty("articlesSeen").GetInt32());
        Assert.Equal(50, run.GetProperty("counts").GetProperty("created").GetInt32());
        Assert.True(run.GetProperty("fullSweep").GetBoolean());
        Assert.Equal(articles.Where(a => a.Status == "published").Select(ExternalId).Order(), synced.Keys.Order());
        var reset = synced[ExternalId(articles[0])];
        Assert.Equal($"https://{CustomDomain}/hc/{PortalSlug}/articles/{articles[0].Slug}", reset.Url);
        Assert.Equal("Reset your password", reset.Title);
        Assert.DoesNotContain("zebra quokka", reset.Content);
        Assert.Equal("answer", ask.GetProperty("decision").GetString());
        Assert.Contains(reset.Url!, ask.GetProperty("answer").GetString());
        Assert.Equal(ExternalId(articles[0]), ask.GetProperty("citations")[0].GetProperty("externalId").GetString());
    }

    [Fact]
    public async Task The_next_run_reports_each_change_and_a_run_without_changes_writes_nothing()
    {
        await using var world = await StartAsync("hcchanges");
        var articles = world.SeedPortal(published: 50, drafts: 6, archived: 4);
        await world.SyncAsync();
        var (edited, unpublished, deleted) = (articles[5], articles[6], articles[7]);

        world.Chatwoot.EditArticle(edited.Id, a => a.Content = "# Edited\n\nThe new answer mentions a platypus.");
        world.Chatwoot.EditArticle(unpublished.Id, a => a.Status = "draft");
        world.Chatwoot.DeleteArticle(deleted.Id);
        var added = world.Chatwoot.CreateArticle(world.Portal.Id, "Brand new article", "All about capybaras.", world.Admin.Id);
        foreach (var other in articles.Skip(10).Take(5))
        {
            world.Chatwoot.EditArticle(other.Id, a => a.Position = 1000 - a.Id); // reordered: newer updated_at, same text
        }

        world.Chatwoot.StageDraft(articles[1].Id, "Draft rewrite", "Not published yet.");
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        var changed = await world.SyncAsync();
        var synced = await world.SyncedAsync();
        var before = await world.KnowledgeFingerprintAsync();
        var quiet = await world.SyncAsync();
        var after = await world.KnowledgeFingerprintAsync();

        var counts = changed.GetProperty("counts");
        Assert.Equal((1, 1, 2, 47, 0), (counts.GetProperty("updated").GetInt32(), counts.GetProperty("created").GetInt32(),
            counts.GetProperty("deleted").GetInt32(), counts.GetProperty("unchanged").GetInt32(), counts.GetProperty("failed").GetInt32()));
        Assert.Contains("platypus", synced[ExternalId(edited)].Content);
        Assert.Contains(ExternalId(added), synced.Keys);
        Assert.DoesNotContain(ExternalId(unpublished), synced.Keys);
        Assert.DoesNotContain(ExternalId(deleted), synced.Keys);
        Assert.Equal(49, synced.Count);
        Assert.Equal(0, quiet.GetProperty("counts").GetProperty("writes").GetInt32());
        Assert.Equal(49, quiet.GetProperty("counts").GetProperty("unchanged").GetInt32());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_large_portal_reads_only_the_pages_above_the_watermark_and_sweeps_when_counts_disagree()
    {
        // The seeded articles are a second apart, so a short overlap puts most of them below the watermark.
        await using var world = await StartAsync("hcincremental", new Dictionary<string, string?>
        {
            ["HelpCenter:SweepEveryRunUpTo"] = "0",
            ["HelpCenter:WatermarkOverlap"] = "00:00:05",
        });
        var articles = world.SeedPortal(published: 75);
        await world.SyncAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(10));

        world.Chatwoot.EditArticle(articles[40].Id, a => a.Title = "Renamed article");
        var edit = await world.SyncAsync();
        world.Chatwoot.DeleteArticle(articles[50].Id);
        var delete = await world.SyncAsync();

        Assert.Equal(1, edit.GetProperty("counts").GetProperty("pagesRead").GetInt32());
        Assert.False(edit.GetProperty("fullSweep").GetBoolean());
        Assert.Equal(1, edit.GetProperty("counts").GetProperty("updated").GetInt32());
        Assert.Equal("Renamed article", (await world.SyncedAsync())[ExternalId(articles[40])].Title);
        Assert.True(delete.GetProperty("fullSweep").GetBoolean());
        Assert.Equal(3, delete.GetProperty("counts").GetProperty("pagesRead").GetInt32()); // 74 articles left: 25 + 25 + 24
        Assert.Equal(1, delete.GetProperty("counts").GetProperty("deleted").GetInt32());
        Assert.Equal(74, (await world.SyncedAsync()).Count);
    }

    [Fact]
    public async Task A_failing_article_is_listed_without_failing_the_run()
    {
        await using var world = await StartAsync("hcarticlefail", new Dictionary<string, string?> { ["Knowledge:MaxDocumentChars"] = "2000" });
        world.SeedPortal(published: 3);
        var huge = world.Chatwoot.CreateArticle(world.Portal.Id, "Huge", new string('x', 3000), world.Admin.Id);

        var run = await world.SyncAsync();

        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(3, run.GetProperty("counts").GetProperty("created").GetInt32());
        Assert.Equal(1, run.GetProperty("counts").GetProperty("failed").GetInt32());
        var failure = run.GetProperty("failures")[0];
        Assert.Equal(huge.Id, failure.GetProperty("articleId").GetInt32());
        Assert.Contains("Knowledge__MaxDocumentChars", failure.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_refused_token_or_an_unknown_portal_fails_the_run_with_what_to_fix_and_health_shows_it()
    {
        await using var world = await StartAsync("hcportalfail");
        world.SeedPortal(published: 2);
        world.Chatwoot.Faults.FailNext("GET /api/v1/accounts/{account_id}/portals/{portal_id}", 1, FakeChatwoot.FakeFault.Status(401));
        var refused = await world.SyncAsync();
        world.Chatwoot.Faults.FailNext("GET /api/v1/accounts/{account_id}/portals/{portal_id}", 1, FakeChatwoot.FakeFault.Status(404));
        var missing = await world.SyncAsync();
        using var anonymous = new HttpClient { BaseAddress = world.Hyyve!.BaseAddress };
        var health = await anonymous.GetFromJsonAsync<JsonElement>("/api/health");

        Assert.Equal("failed", refused.GetProperty("status").GetString());
        Assert.Contains("access token of an administrator", refused.GetProperty("error").GetString());
        Assert.Equal("failed", missing.GetProperty("status").GetString());
        Assert.Contains($"no portal \"{PortalSlug}\"", missing.GetProperty("error").GetString());
        Assert.Equal(0L, await world.CountAsync("SELECT count(*) FROM hyyve.documents"));
        var last = Assert.Single(health.GetProperty("sync").EnumerateArray());
        Assert.Equal(world.ProjectId, last.GetProperty("projectId").GetGuid());
        Assert.Equal(missing.GetProperty("id").GetGuid(), last.GetProperty("runId").GetGuid());
        Assert.Equal("failed", last.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Uploaded_documents_and_synced_articles_never_collide()
    {
        await using var world = await StartAsync("hccollide");
        var articles = world.SeedPortal(published: 2);
        using var client = world.TenantClient();
        var upload = await client.PostAsJsonAsync($"{world.ProjectPath}/documents",
            new { documents = new[] { new { externalId = "faq-1", title = "Uploaded FAQ", content = "Parking is free." } } });
        var squatter = await client.PostAsJsonAsync($"{world.ProjectPath}/documents",
            new { documents = new[] { new { externalId = ExternalId(articles[0]), title = "Fake", content = "Not an article." } } });

        await world.SyncAsync();
        await world.SyncAsync();
        var deleteSynced = await client.DeleteAsync($"{world.ProjectPath}/documents/{Uri.EscapeDataString(ExternalId(articles[0]))}");

        upload.EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.BadRequest, squatter.StatusCode);
        Assert.Contains("documents[0].externalId", await squatter.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, deleteSynced.StatusCode);
        Assert.Equal(1L, await world.CountAsync("SELECT count(*) FROM hyyve.documents WHERE external_id = 'faq-1' AND source = 'upload'"));
        Assert.Equal(2, (await world.SyncedAsync()).Count);
    }

    [Fact]
    public async Task Sync_routes_refuse_a_project_without_a_portal_and_hide_other_tenants_projects()
    {
        await using var world = await StartAsync("hcroutes");
        var projects = world.Hyyve!.Get<ProjectStore>();
        var otherTenant = await projects.CreateTenantAsync("Other", CancellationToken.None);
        var bare = await projects.CreateProjectAsync(otherTenant, "No portal", CancellationToken.None);
        var key = await world.Hyyve.Get<ApiKeyStore>().CreateAsync(ApiKeyScope.Tenant, otherTenant, "test", CancellationToken.None);
        using var other = world.Hyyve.CreateClient(key);

        var noPortal = await other.PostAsync($"/api/projects/{bare.Id}/sync", null);
        var foreign = await other.PostAsync($"{world.ProjectPath}/sync", null);
        var foreignList = await other.GetAsync($"{world.ProjectPath}/sync");

        Assert.Equal(HttpStatusCode.BadRequest, noPortal.StatusCode);
        Assert.Contains("portalSlug", await noPortal.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignList.StatusCode);
        Assert.Equal(0L, await world.CountAsync("SELECT count(*) FROM hyyve.sync_runs"));
    }

    [Fact]
    public async Task A_transient_chatwoot_error_is_retried_within_the_run()
    {
        await using var world = await StartAsync("hcretry");
        world.SeedPortal(published: 30);
        world.Chatwoot.Faults.FailNext("GET articles", 2, FakeChatwoot.FakeFault.ServerError);
        world.Chatwoot.Faults.FailNext("GET /api/v1/accounts/{account_id}/portals/{portal_id}", 1, FakeChatwoot.FakeFault.TooManyRequests);

        var run = await world.SyncAsync();

        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(1, run.GetProperty("attempts").GetInt32());
        Assert.Equal(30, (await world.SyncedAsync()).Count);
        Assert.Equal(2 + 2, world.Chatwoot.Requests.Count(r => r.Path.EndsWith("/articles", StringComparison.Ordinal))); // two pages, two 500s
    }
}
