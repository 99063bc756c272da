namespace Hyyve.Functions.Tests.Infrastructure;

/// <summary>
/// A test that needs Azurite (the Storage emulator), whose connection string <c>scripts/test.sh</c> puts in
/// <see cref="Variable"/>. Without it the test is skipped (reported as skipped, with the reason) unless <c>CI</c> is
/// set: on CI it runs and fails, since a missing emulator there is a broken pipeline, not a choice.
/// </summary>
public sealed class AzuriteFactAttribute : FactAttribute
{
    public const string Variable = "HYYVE_TEST_AZURITE";

    public AzuriteFactAttribute()
    {
        if (ConnectionString is null && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = $"Azurite is not running ({Variable} is unset; scripts/test.sh starts it). With CI set this test fails instead.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException($"{Variable} is unset but CI is set: scripts/test.sh must start Azurite.");
}
