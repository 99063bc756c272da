using System.Net.Http.Headers;
using Hyyve.Domain.Answering;
using Hyyve.Domain.Tenancy;
using Hyyve.Server;
using Hyyve.Server.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Hyyve.Domain.Knowledge;
using Hyyve.Domain.Knowledge.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hyyve.Eval;

/// <summary>
/// Hyyve.Server in this process on a free port, a fresh tenant and project, and an HTTP client holding that
/// tenant's key: every measurement goes through the same routes a customer's integration uses.
/// </summary>
public sealed class EvalEnvironment : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EvalEnvironment(WebApplication app, HttpClient client, Guid projectId)
    {
        _app = app;
        Client = client;
        ProjectId = projectId;
    }

    public HttpClient Client { get; }

    public Guid ProjectId { get; }

    public string ProjectPath => $"/api/projects/{ProjectId}";

    /// <summary>The confidence below which this run's server hands off (the project has no threshold of its own).</summary>
    public double ConfidenceThreshold => _app.Services.GetRequiredService<IOptions<AnsweringOptions>>().Value.ConfidenceThreshold;

    public static async Task<EvalEnvironment> StartAsync(string? connection, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? overrides = null)
    {
        connection ??= FreshEmbeddedDatabase();
        var app = HyyveServer.Build(["--urls=http://127.0.0.1:0", "--environment=Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = connection,
                // The run uses a tenant key only; the admin key is required at start-up and then thrown away.
                ["Tenancy:AdminApiKey"] = $"hyv_eval_{Guid.NewGuid():N}{Guid.NewGuid():N}",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            });
            builder.Configuration.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
            if (Environment.GetEnvironmentVariable("HYYVE_EVAL_EMBEDDING_CACHE") is { Length: > 0 } cache
                && builder.Configuration["Knowledge:EmbeddingProvider"] is null or "local")
            {
                builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(
                    new CachedEmbeddingGenerator(new LocalEmbeddingGenerator(Options.Create(
                        builder.Configuration.GetSection(KnowledgeOptions.SectionName).Get<KnowledgeOptions>() ?? new KnowledgeOptions())), cache));
            }
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var projects = app.Services.GetRequiredService<ProjectStore>();
        var tenantId = await projects.CreateTenantAsync($"eval {DateTime.UtcNow:O}", cancellationToken);
        var project = await projects.CreateProjectAsync(tenantId, "evaluation", cancellationToken);
        var key = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync(ApiKeyScope.Tenant, tenantId, "eval", cancellationToken);
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return new EvalEnvironment(app, client, project.Id);
    }

    /// <summary>A new database per run on the private cluster, so earlier runs never share the index.</summary>
    private static string FreshEmbeddedDatabase()
    {
        var cluster = EmbeddedPostgres.EnsureStarted(Path.Combine(Path.GetTempPath(), $"hyyve-eval-postgres-{Environment.UserName}"));
        var name = $"eval_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid().ToString("N")[..6]}";
        EmbeddedPostgres.CreateDatabaseIfMissing(cluster.AdminConnectionString, name);
        return new Npgsql.NpgsqlConnectionStringBuilder(cluster.AdminConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
