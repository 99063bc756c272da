using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.FakeChatwoot;
using Hyyve.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hyyve.LocalWorld;

/// <summary>
/// A fake Chatwoot account (an administrator and a web-widget inbox) and Hyyve.Server on this machine, connected
/// through <c>POST /api/tenants/connect</c> exactly as an operator connects a real account.
/// </summary>
public sealed class ConnectedWorld : IAsyncDisposable
{
    /// <summary>The platform admin key of this local server; never use it anywhere else.</summary>
    public const string AdminKey = "hyv_local_world_admin_key_for_this_machine_only";

    public required FakeChatwootServer Chatwoot { get; init; }
    public required WebApplication Hyyve { get; init; }
    public required Uri HyyveUrl { get; init; }
    public required FakeAccount Account { get; init; }
    public required FakeUser Agent { get; init; }
    public required FakeInbox Inbox { get; init; }
    public required Guid TenantId { get; init; }
    public required Guid ProjectId { get; init; }
    public required int BotId { get; init; }

    public FakeAgentBot Bot => Chatwoot.AgentBot(BotId)!;

    public static async Task<ConnectedWorld> StartAsync(LocalWorldOptions options)
    {
        var chatwoot = await FakeChatwootServer.StartAsync(new FakeChatwootOptions());
        var account = chatwoot.CreateAccount(options.AccountName);
        var agent = chatwoot.CreateUser(account.Id, "Sam Agent", "sam@agents.example", "administrator");
        var inbox = chatwoot.CreateWebWidgetInbox(account.Id, options.InboxName);
        var settings = new Dictionary<string, string?>(options.Settings) { ["Tenancy:AdminApiKey"] = AdminKey };
        settings.TryAdd("Logging:LogLevel:Default", "Warning");
        var app = HyyveServer.Build(["--urls=http://127.0.0.1:0", $"--environment={options.Environment}"],
            builder => builder.Configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var client = CreateClient(url);
        var connected = await (await client.PostAsJsonAsync("/api/tenants/connect", new
        {
            name = options.AccountName,
            chatwootBaseUrl = chatwoot.BaseUrl.ToString(),
            accountId = account.Id,
            userToken = agent.AccessToken,
            projects = new[] { new { name = options.ProjectName, inboxId = inbox.Id, portalSlug = options.PortalSlug } },
        })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return new ConnectedWorld
        {
            Chatwoot = chatwoot, Hyyve = app, HyyveUrl = url, Account = account, Agent = agent, Inbox = inbox,
            TenantId = connected.GetProperty("tenantId").GetGuid(),
            ProjectId = connected.GetProperty("projects")[0].GetProperty("id").GetGuid(),
            BotId = connected.GetProperty("botId").GetInt32(),
        };
    }

    /// <summary>A client of this server with the admin key.</summary>
    public HttpClient CreateClient() => CreateClient(HyyveUrl);

    /// <summary>Loads documents into the project through <c>POST /documents</c> and waits (up to two minutes) until the
    /// embedding job has given every chunk its vector, so the first questions are answered as every later one is.</summary>
    public async Task LoadDocumentsAsync(object documents)
    {
        using var client = CreateClient();
        (await client.PostAsJsonAsync($"/api/projects/{ProjectId}/documents", new { documents })).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var listing = await client.GetFromJsonAsync<JsonElement>($"/api/projects/{ProjectId}/documents");
            if (listing.GetProperty("embedding").GetString() != "running")
            {
                return;
            }

            await Task.Delay(200);
        }
    }

    private static HttpClient CreateClient(Uri url)
    {
        var client = new HttpClient { BaseAddress = url };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Hyyve.StopAsync();
        await Hyyve.DisposeAsync();
        await Chatwoot.DisposeAsync();
    }
}
