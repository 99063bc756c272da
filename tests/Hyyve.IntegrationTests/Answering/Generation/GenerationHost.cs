using Hyyve.Domain.Answering;
using Hyyve.Domain.Answering.Generation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyyve.IntegrationTests.Answering.Generation;

/// <summary>The generation services as a host wires them from settings, pointed at the fake endpoint.</summary>
public sealed class GenerationHost : IDisposable
{
    public const string Model = "hyyve-test-model";
    public const string ApiKey = "test-key";

    private readonly IHost _host;

    private GenerationHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>Starts the host, which validates the options as a real host does at start-up.</summary>
    public Task StartAsync() => _host.StartAsync();

    public IAnswerGenerator Generator => _host.Services.GetRequiredService<IAnswerGenerator>();

    public static GenerationHost Start(Uri? endpoint, TimeSpan? timeout = null, string? model = Model,
        IReadOnlyDictionary<string, string?>? more = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        var settings = new Dictionary<string, string?>
        {
            ["Answering:Generation:Model"] = model,
            ["Answering:Generation:Endpoint"] = endpoint?.ToString(),
            ["Answering:Generation:ApiKey"] = ApiKey,
        };
        if (timeout is not null)
        {
            settings["Answering:Generation:Timeout"] = timeout.Value.ToString();
        }

        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings["Answering:Generation:" + key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddAnswerGeneration();
        var host = builder.Build();
        return new GenerationHost(host);
    }

    public void Dispose() => _host.Dispose();
}
