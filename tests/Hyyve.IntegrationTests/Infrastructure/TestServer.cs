using System.Net.Http.Headers;
using Hyyve.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hyyve.IntegrationTests.Infrastructure;

/// <summary>A real Hyyve.Server on Kestrel at a free loopback port, configured like production except for the values given.</summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string AdminKey = "hyv_test_admin_key_0123456789abcdefghijklmnopqrstuv";

    private readonly WebApplication _app;

    private TestServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Settings that turn on the product's default embedding model, the local one.</summary>
    public static readonly IReadOnlyDictionary<string, string?> LocalModel = new Dictionary<string, string?> { ["Knowledge:EmbeddingProvider"] = "local" };

    public static async Task<TestServer> StartAsync(string connectionString, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = connectionString,
            ["Tenancy:AdminApiKey"] = AdminKey,
            ["Jobs:PollInterval"] = "00:00:01",
            ["Logging:LogLevel:Default"] = "Warning",
            // Bot-loop and API tests run on full text, so an embedding job racing their questions cannot change answers;
            // tests of the vector channel turn the local model on (LocalModel) and wait for its embeddings.
            ["Knowledge:EmbeddingProvider"] = "none",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var app = HyyveServer.Build(["--urls=http://127.0.0.1:0", "--environment=Testing"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(values);
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(app, new Uri(address));
    }

    public HttpClient CreateClient(string? apiKey = AdminKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public Task StopAsync() => _app.StopAsync();

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
