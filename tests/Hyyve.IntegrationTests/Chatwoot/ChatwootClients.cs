using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.FakeChatwoot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyyve.IntegrationTests.Chatwoot;

/// <summary>The Chatwoot Refit clients exactly as the hosts register them (<c>AddChatwoot</c>), with settings for fast tests.</summary>
public sealed class ChatwootClients : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ChatwootClients(ServiceProvider services) => _services = services;

    public IChatwootApplicationApi Application => _services.GetRequiredService<IChatwootApplicationApi>();

    public IChatwootPlatformApi Platform => _services.GetRequiredService<IChatwootPlatformApi>();

    public static ChatwootClients Create(IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var values = new Dictionary<string, string?>
        {
            ["Chatwoot:RetryBaseDelay"] = "00:00:00.020",
            ["Chatwoot:RequestTimeout"] = "00:00:02",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.AddChatwoot();
        return new ChatwootClients(builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    /// <summary>One call to a throwaway fake Chatwoot, so the first call of a test is not slowed by JIT and cold connections
    /// (which would trip the short timeouts the tests use), and no installation under test spends its rate budget.</summary>
    public async Task<ChatwootClients> WarmedUpAsync()
    {
        await using var chatwoot = await FakeChatwootServer.StartAsync();
        await WarmUpAsync(chatwoot);
        var account = chatwoot.CreateAccount("Warm-up");
        var admin = chatwoot.CreateUser(account.Id, "Warm", "warm@up.example");
        await Application.ListInboxesAsync(new ChatwootAccount(chatwoot.BaseUrl, account.Id, admin.AccessToken), default);
        return this;
    }

    /// <summary>Serves a first request on each fake (an app builds its endpoints on its first request, which takes a second or
    /// two here), past Hyyve's clients and rate limiter, then forgets it.</summary>
    public static async Task WarmUpAsync(params FakeChatwootServer[] servers)
    {
        using var http = new HttpClient();
        foreach (var server in servers)
        {
            using var response = await http.GetAsync(new Uri(server.BaseUrl, "api/v1/accounts/0/inboxes"));
            server.ClearRecordings();
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
