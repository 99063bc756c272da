using System.Reflection;
using Hyyve.Domain;
using Hyyve.Functions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyyve.Functions.Tests.Infrastructure;

/// <summary>
/// The function app's own host: <c>FunctionsApplication.CreateBuilder</c> plus <c>AddHyyveFunctions()</c>,
/// exactly what <c>Program.cs</c> builds. Only Hyyve's own start-up services run (migrations, admin key): the worker's
/// gRPC channel to the Functions host is not started, because there is no Functions host here (Core Tools).
/// Function classes are created per invocation from a scope, as the worker's default activator does.
/// </summary>
public sealed class FunctionsHost : IAsyncDisposable
{
    public const string AdminKey = Hyyve.IntegrationTests.Infrastructure.TestServer.AdminKey;

    private readonly IHost _host;

    private FunctionsHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>Every class with a <c>[Function]</c> method, i.e. every class the worker would activate.</summary>
    public static IReadOnlyList<Type> FunctionClasses { get; } = typeof(HyyveFunctionsApp).Assembly.GetTypes()
        .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static IHost Build(IDictionary<string, string?> settings)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddHyyveFunctions();
        return builder.Build();
    }

    public static async Task<FunctionsHost> StartAsync(string connectionString, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = connectionString,
            ["Tenancy:AdminApiKey"] = AdminKey,
            ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
            ["Jobs:Enabled"] = "false",
            ["Chatwoot:RetryBaseDelay"] = "00:00:00.050",
            ["Chatwoot:EchoWait"] = "00:00:00.300",
            ["Logging:LogLevel:Default"] = "Warning",
            // As Hyyve.Server's tests: full text only unless a test turns an embedding model on, so both hosts answer alike.
            ["Knowledge:EmbeddingProvider"] = "none",
            // What the Functions host passes a worker it launches. Resolving the hosted services constructs the worker's
            // gRPC client with these; it is never started, so nothing connects to this address.
            ["Functions:Worker:HostEndpoint"] = "http://127.0.0.1:9",
            ["Functions:Worker:WorkerId"] = Guid.NewGuid().ToString(),
            ["Functions:Worker:RequestId"] = Guid.NewGuid().ToString(),
            ["Functions:Worker:GrpcMaxMessageLength"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var host = Build(values);
        foreach (var service in host.Services.GetServices<IHostedService>()
                     .Where(s => s.GetType().Assembly == typeof(HyyveDomainExtensions).Assembly))
        {
            await service.StartAsync(CancellationToken.None);
        }

        return new FunctionsHost(host);
    }

    /// <summary>Creates <paramref name="functionClass"/> in <paramref name="scope"/>; a missing registration throws here.</summary>
    public static object Activate(IServiceProvider scope, Type functionClass) => ActivatorUtilities.CreateInstance(scope, functionClass);

    public static T Activate<T>(IServiceProvider scope) => (T)Activate(scope, typeof(T));

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}
