namespace Hyyve.IntegrationTests.Infrastructure.Browser;

/// <summary>
/// A test that drives the built console page in Debian's Chromium through playwright-core. Without Chromium, the npm packages or
/// the built page it is skipped with the reason, unless <c>CI</c> is set: there it runs and fails, since scripts/test.sh
/// installs all three.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserScenario.MissingPrerequisite() is { } missing && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = $"{missing} With CI set this test fails instead.";
        }
    }
}
