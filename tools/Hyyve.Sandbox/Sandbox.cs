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

namespace Hyyve.Sandbox;

/// <summary>Everything a newcomer needs to talk to the bot, wired exactly as in production, on this machine only.</summary>
internal sealed class Sandbox : IAsyncDisposable
{
    private const string AdminKey = "hyv_sandbox_admin_key_for_local_use_only_000000";

    public required FakeChatwootServer Chatwoot { get; init; }
    public required WebApplication Hyyve { get; init; }
    public required FakeAccount Account { get; init; }
    public required FakeInbox Inbox { get; init; }
    public required FakeUser Agent { get; init; }
    public required Uri HyyveUrl { get; init; }
    public required Guid ProjectId { get; init; }

    public static async Task<Sandbox> StartAsync(string[] args)
    {
        var chatwoot = await FakeChatwootServer.StartAsync(new FakeChatwootOptions());
        var account = chatwoot.CreateAccount("Lumora");
        var agent = chatwoot.CreateUser(account.Id, "Sam Agent", "sam@lumora.example", "administrator");
        var inbox = chatwoot.CreateWebWidgetInbox(account.Id, "Lumora website");
        var app = HyyveServer.Build([.. args, "--urls=http://127.0.0.1:0"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Tenancy:AdminApiKey"] = AdminKey,
                ["Database:EmbeddedDataPath"] = Path.Combine(RepositoryRoot(), ".hyyve", "sandbox-postgres"),
                ["Tenancy:EncryptionKeyFile"] = Path.Combine(RepositoryRoot(), ".hyyve", "sandbox-encryption.key"),
                ["Logging:LogLevel:Default"] = "Warning",
            }));
        await app.StartAsync();
        var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var client = new HttpClient { BaseAddress = url };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        var connected = await (await client.PostAsJsonAsync("/api/tenants/connect", new
        {
            name = "Lumora",
            chatwootBaseUrl = chatwoot.BaseUrl.ToString(),
            accountId = account.Id,
            userToken = agent.AccessToken,
            projects = new[] { new { name = "Lumora help", inboxId = inbox.Id } },
        })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var projectId = connected.GetProperty("projects")[0].GetProperty("id").GetGuid();
        await DemoKnowledge.LoadAsync(client, projectId, Path.Combine(RepositoryRoot(), "samples", "demo-helpcenter"));
        return new Sandbox { Chatwoot = chatwoot, Hyyve = app, Account = account, Inbox = inbox, Agent = agent, HyyveUrl = url, ProjectId = projectId };
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hyyve.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    public async ValueTask DisposeAsync()
    {
        await Hyyve.StopAsync();
        await Hyyve.DisposeAsync();
        await Chatwoot.DisposeAsync();
    }
}
