using Hyyve.Server.ConsolePage;

namespace Hyyve.IntegrationTests.Infrastructure.Browser;

/// <summary>A test of the built console page that needs no browser; skipped locally when the page was not built, failing on CI.</summary>
public sealed class ConsolePageBuiltFactAttribute : FactAttribute
{
    public ConsolePageBuiltFactAttribute()
    {
        if (!File.Exists(Path.Combine(ConsolePageHosting.PageRoot, "index.html")) && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = "The console page is not built (scripts/build-console.sh, then build again). With CI set this test fails instead.";
        }
    }
}
