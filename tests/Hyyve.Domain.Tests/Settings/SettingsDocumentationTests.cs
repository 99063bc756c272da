using System.Reflection;
using System.Text.Json;
using Hyyve.Domain;

namespace Hyyve.Domain.Tests.Settings;

/// <summary>Every setting has a documented override: each options property appears in local.settings.sample.json.</summary>
public sealed class SettingsDocumentationTests
{
    [Fact]
    public void Every_option_of_every_capability_is_listed_in_the_sample_settings()
    {
        var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "local.settings.sample.json")));
        var listed = sample.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToHashSet();

        var missing = OptionKeys().Where(key => !listed.Contains(key)).ToList();

        Assert.NotEmpty(OptionKeys());
        Assert.True(missing.Count == 0, "Add to local.settings.sample.json: " + string.Join(", ", missing));
    }

    private static List<string> OptionKeys() =>
        typeof(HyyveDomainExtensions).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Select(t => (Type: t, Section: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
            .Where(x => x.Section is not null)
            .SelectMany(x => Keys(x.Type, x.Section!.Replace(":", "__", StringComparison.Ordinal)))
            .ToList();

    /// <summary>Settable properties as keys; a property holding a group of Hyyve's own settings (fusion weights) lists its members.</summary>
    private static IEnumerable<string> Keys(Type type, string prefix) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .SelectMany(p => p.PropertyType.IsClass && p.PropertyType.Assembly == type.Assembly
                ? Keys(p.PropertyType, $"{prefix}__{p.Name}")
                : [$"{prefix}__{p.Name}"]);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hyyve.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
