using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;
using Npgsql;

namespace Hyyve.IntegrationTests.HelpCenter;

/// <summary>
/// A fake Chatwoot account with a Help Center portal (on a clock the test moves), a real Hyyve server on a fresh database,
/// and the tenant connected with the portal through <c>POST /api/tenants/connect</c>, as an operator would.
/// </summary>
public sealed class HelpCenterWorld : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    public const string PortalSlug = "acme-help";
    public const string CustomDomain = "help.acme.example";

    private HelpCenterWorld(FakeClock clock, FakeChatwootServer chatwoot, FakeAccount account, FakeUser admin, FakePortal portal,
        FakeCategory category, string connectionString)
    {
        Clock = clock;
        Chatwoot = chatwoot;
        Account = account;
        Admin = admin;
        Portal = portal;
        Category = category;
        ConnectionString = connectionString;
    }

    public FakeClock Clock { get; }
    public FakeChatwootServer Chatwoot { get; }
    public FakeAccount Account { get; }
    public FakeUser Admin { get; }
    public FakePortal Portal { get; }
    public FakeCategory Category { get; }
    public string ConnectionString { get; }
    public TestServer? Hyyve { get; private set; }
    public Guid ProjectId { get; private set; }
    public string TenantKey { get; private set; } = "";
    public string ProjectPath => $"/api/projects/{ProjectId}";

    public static async Task<HelpCenterWorld> StartAsync(string purpose, IDictionary<string, string?>? settings = null, bool startHyyve = true)
    {
        var clock = new FakeClock();
        var chatwoot = await FakeChatwootServer.StartAsync(new FakeChatwootOptions { TimeProvider = clock });
        var account = chatwoot.CreateAccount("Acme");
        var admin = chatwoot.CreateUser(account.Id, "Ada Admin", "ada@acme.example", "administrator");
        var portal = chatwoot.CreatePortal(account.Id, "Acme Help", PortalSlug, customDomain: CustomDomain);
        var category = chatwoot.CreateCategory(portal.Id, "Account", "account");
        var world = new HelpCenterWorld(clock, chatwoot, account, admin, portal, category, TestPostgres.CreateDatabase(purpose));
        if (startHyyve)
        {
            world.Hyyve = await TestServer.StartAsync(world.ConnectionString, Settings(settings));
            await world.ConnectAsync(world.Hyyve.CreateClient());
        }

        return world;
    }

    /// <summary>Settings of every sync test: no scheduler (runs start only when a test asks), quick retries.</summary>
    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
            ["Chatwoot:RetryBaseDelay"] = "00:00:00.050",
            ["Jobs:BaseBackoff"] = "00:00:00.100",
            ["HelpCenter:SchedulerEnabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return values;
    }

    public async Task ConnectAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/tenants/connect", new
        {
            name = "Acme",
            chatwootBaseUrl = Chatwoot.BaseUrl.ToString(),
            accountId = Account.Id,
            userToken = Admin.AccessToken,
            projects = new[] { new { name = "Acme support", inboxId = Chatwoot.CreateWebWidgetInbox(Account.Id, "Acme Website").Id, portalSlug = PortalSlug, locale = "en" } },
        });
        response.EnsureSuccessStatusCode();
        var connected = await response.Content.ReadFromJsonAsync<JsonElement>();
        ProjectId = connected.GetProperty("projects")[0].GetProperty("id").GetGuid();
        TenantKey = connected.GetProperty("tenantApiKey").GetString()!;
    }

    /// <summary>Articles 1..n published (with a unique topic each), then drafts and archived ones; one published article has a
    /// staged draft. Each article is a second newer than the one before.</summary>
    public List<FakeArticle> SeedPortal(int published, int drafts = 0, int archived = 0)
    {
        var articles = new List<FakeArticle>();
        for (var i = 0; i < published + drafts + archived; i++)
        {
            var status = i < published ? "published" : i < published + drafts ? "draft" : "archived";
            var (title, content) = ArticleTexts.For(i);
            articles.Add(Chatwoot.CreateArticle(Portal.Id, title, content, Admin.Id, status, categoryId: i % 3 == 0 ? Category.Id : null,
                description: i % 2 == 0 ? $"Short answer about {ArticleTexts.Topic(i)}." : null, slug: $"{i + 1:000}-{ArticleTexts.Slug(i)}"));
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Chatwoot.StageDraft(articles[0].Id, "Unpublished rewrite", "Staged text that customers do not see yet: zebra quokka.");
        Clock.Advance(TimeSpan.FromSeconds(1));
        return articles;
    }

    public HttpClient TenantClient(Uri? baseAddress = null)
    {
        var client = new HttpClient { BaseAddress = baseAddress ?? Hyyve!.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TenantKey);
        return client;
    }

    /// <summary>Starts a run through the API (202) and waits until it has finished.</summary>
    public async Task<JsonElement> SyncAsync(HttpClient? client = null)
    {
        using var own = client is null ? TenantClient() : null;
        var http = client ?? own!;
        var response = await http.PostAsync($"{ProjectPath}/sync", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        return await WaitForRunAsync(http, run.GetProperty("id").GetGuid());
    }

    public async Task<JsonElement> WaitForRunAsync(HttpClient http, Guid runId)
    {
        JsonElement run = default;
        await Eventually.TrueAsync(async () =>
        {
            run = await http.GetFromJsonAsync<JsonElement>($"{ProjectPath}/sync/{runId}");
            return run.GetProperty("status").GetString() is not ("queued" or "running");
        }, Wait, $"sync run {runId} finished");
        return run;
    }

    /// <summary>The synced documents: external id → (title, url, content).</summary>
    public async Task<Dictionary<string, (string Title, string? Url, string Content)>> SyncedAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT external_id, title, url, content FROM hyyve.documents WHERE source = 'helpcenter' AND project_id = @p", connection);
        command.Parameters.AddWithValue("p", ProjectId);
        await using var reader = await command.ExecuteReaderAsync();
        var documents = new Dictionary<string, (string, string?, string)>();
        while (await reader.ReadAsync())
        {
            documents[reader.GetString(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3));
        }

        return documents;
    }

    /// <summary>Every row version of the knowledge tables: equal fingerprints mean nothing was inserted, updated or deleted.</summary>
    public async Task<string> KnowledgeFingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT coalesce((SELECT string_agg(id::text || ':' || xmin::text, ',' ORDER BY id) FROM hyyve.documents), '') || '|' ||
                   coalesce((SELECT string_agg(id::text || ':' || xmin::text, ',' ORDER BY id) FROM hyyve.chunks), '')
            """, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string ExternalId(FakeArticle article) => $"helpcenter:{article.Id}";

    public async ValueTask DisposeAsync()
    {
        if (Hyyve is not null)
        {
            await Hyyve.DisposeAsync();
        }

        await Chatwoot.DisposeAsync();
    }
}
