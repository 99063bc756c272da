using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hyyve.Domain.Jobs;
using Hyyve.Functions.Tests.Infrastructure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Hyyve.Functions.Tests.Host;

/// <summary>The function app as the worker sees it: its host, its function classes, its index and its documentation.</summary>
public sealed partial class FunctionAppHostTests
{
    [Fact]
    public async Task The_apps_own_host_activates_every_function_class()
    {
        // No database is touched: creating a function only resolves its constructor's services.
        using var host = FunctionsHost.Build(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = "Host=127.0.0.1;Database=unused",
            ["Tenancy:AdminApiKey"] = FunctionsHost.AdminKey,
            ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
        });
        await using var scope = host.Services.CreateAsyncScope();

        var activated = FunctionsHost.FunctionClasses.Select(type => FunctionsHost.Activate(scope.ServiceProvider, type)).ToList();

        Assert.Equal(FunctionsHost.FunctionClasses.Count, activated.Count);
        Assert.Contains(activated, f => f is Hyyve.Functions.Reconciliation.ReconcileAnswers);
        Assert.True(FunctionsHost.FunctionClasses.Count >= 15, $"found only {FunctionsHost.FunctionClasses.Count} function classes");
    }

    [Fact]
    public void The_function_index_lists_exactly_the_functions_the_README_documents()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.FunctionsMetadataPath()));
        var indexed = metadata.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();

        var documented = DocumentedFunctions().Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(indexed);
        Assert.Equal(documented, indexed);
    }

    [Fact]
    public void The_function_index_names_every_Function_attribute_in_the_assembly()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.FunctionsMetadataPath()));
        var indexed = metadata.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);

        var declared = FunctionsHost.FunctionClasses.SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.Equal(declared, indexed);
    }

    [Fact]
    public void Host_json_retries_as_often_as_the_jobs_options_say_and_encodes_queue_messages_as_base64()
    {
        using var hostJson = JsonDocument.Parse(RepositoryFiles.Read("host.json"));
        var queues = hostJson.RootElement.GetProperty("extensions").GetProperty("queues");

        Assert.Equal(new JobOptions().MaxAttempts, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
    }

    /// <summary>The first column of the README's "### Functions" table.</summary>
    private static IEnumerable<string> DocumentedFunctions()
    {
        var readme = RepositoryFiles.Read("README.md");
        var section = readme[readme.IndexOf("### Functions\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n#", 1, StringComparison.Ordinal)];
        return TableRow().Matches(section).Select(m => m.Groups[1].Value);
    }

    [GeneratedRegex(@"^\| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
