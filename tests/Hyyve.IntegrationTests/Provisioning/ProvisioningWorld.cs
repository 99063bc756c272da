using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.Provisioning;

/// <summary>An empty fake Chatwoot installation with a platform app, and a Hyyve server on a fresh database set up to provision into it.</summary>
public sealed class ProvisioningWorld : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private ProvisioningWorld(FakeChatwootServer chatwoot, string database, TestServer? hyyve)
    {
        Chatwoot = chatwoot;
        Database = database;
        Hyyve = hyyve;
    }

    public FakeChatwootServer Chatwoot { get; }

    public string Database { get; }

    /// <summary>The in-process server, or null when the test runs server processes itself.</summary>
    public TestServer? Hyyve { get; }

    public static async Task<ProvisioningWorld> StartAsync(string purpose, bool inProcessServer = true)
    {
        var chatwoot = await FakeChatwootServer.StartAsync(new FakeChatwootOptions { RetryDelay = TimeSpan.FromMilliseconds(100) });
        var database = TestPostgres.CreateDatabase(purpose);
        var world = new ProvisioningWorld(chatwoot, database, null);
        return inProcessServer ? new ProvisioningWorld(chatwoot, database, await TestServer.StartAsync(database, world.Settings())) : world;
    }

    /// <summary>Settings of every Hyyve process in this world: Chatwoot's installation and platform token, quick retries.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
        ["Chatwoot:BaseUrl"] = Chatwoot.BaseUrl.ToString(),
        ["Chatwoot:PlatformToken"] = Chatwoot.PlatformToken,
        ["Chatwoot:RetryBaseDelay"] = "00:00:00.050",
        ["Jobs:BaseBackoff"] = "00:00:00.100",
        ["Jobs:MaxBackoff"] = "00:00:01",
        ["Jobs:PollInterval"] = "00:00:01",
        // Provisioned projects have a portal, so the scheduler would sync them; these tests count provisioning's calls only.
        ["HelpCenter:SchedulerEnabled"] = "false",
    };

    public static object Request(string name = "Acme", object? portal = null) => new
    {
        name,
        administrator = new { name = "Ada Admin", email = $"ada@{name.ToLowerInvariant()}.example" },
        projects = new object[]
        {
            new { name = "Website", websiteUrl = "https://acme.example" },
            new { name = "Partner API", channel = "api" },
        },
        portal,
    };

    public static async Task<JsonElement> PostAsync(HttpClient client, object request, string? idempotencyKey = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/tenants") { Content = JsonContent.Create(request) };
        if (idempotencyKey is not null)
        {
            message.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await client.SendAsync(message);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls the run until it reaches <paramref name="status"/> (or fails the test with the run as it stands).</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient client, Guid runId, string status)
    {
        JsonElement run = default;
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                run = await client.GetFromJsonAsync<JsonElement>($"/api/provisioning/{runId}");
                return run.GetProperty("status").GetString() == status;
            }
            catch (HttpRequestException)
            {
                return false; // a server process being restarted
            }
        }, Wait, $"run {runId} reached {status} (last seen: {run})");
        return run;
    }

    /// <summary>What the installation holds for the tenant: accounts carrying its id, their members, bots, inboxes, portals.</summary>
    public (int Accounts, int Admins, int Bots, int Inboxes, int Portals) Census(Guid tenantId)
    {
        var accounts = Chatwoot.Accounts().Where(a => a.CustomAttributes["hyyve_tenant_id"]?.GetValue<string>() == tenantId.ToString()).ToList();
        var ids = accounts.Select(a => a.Id).ToHashSet();
        return (accounts.Count, accounts.Sum(a => Chatwoot.AccountUsers(a.Id).Count(m => m.Role == "administrator")),
            Chatwoot.AllAgentBots().Count(b => b.AccountId is int id && ids.Contains(id)),
            Chatwoot.AllInboxes().Count(i => ids.Contains(i.AccountId)), Chatwoot.Portals().Count(p => ids.Contains(p.AccountId)));
    }

    public async ValueTask DisposeAsync()
    {
        if (Hyyve is not null)
        {
            await Hyyve.DisposeAsync();
        }

        await Chatwoot.DisposeAsync();
    }
}
