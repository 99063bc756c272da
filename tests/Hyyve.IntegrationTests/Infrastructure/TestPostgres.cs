using Hyyve.Server.Database;
using Npgsql;

namespace Hyyve.IntegrationTests.Infrastructure;

/// <summary>
/// One PostgreSQL cluster for the whole test run, each test class on a fresh database. The cluster is the
/// machine's own PostgreSQL started privately (or <c>HYYVE_TEST_ADMIN_CONNECTION</c> when set). Where no
/// PostgreSQL can be had, tests fail on CI and are skipped locally with the reason.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<string> AdminConnection = new(StartCluster, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase(string purpose)
    {
        var admin = AdminConnection.Value;
        var name = $"t_{new string(purpose.ToLowerInvariant().Where(char.IsLetterOrDigit).Take(20).ToArray())}_{Guid.NewGuid().ToString("N")[..8]}";
        EmbeddedPostgres.CreateDatabaseIfMissing(admin, name);
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Timeout = 5 }.ConnectionString;
    }

    public static string ClusterRoot => Path.Combine(Path.GetTempPath(), $"hyyve-test-postgres-{Environment.UserName}");

    private static string StartCluster()
    {
        if (Environment.GetEnvironmentVariable("HYYVE_TEST_ADMIN_CONNECTION") is { Length: > 0 } configured)
        {
            return configured;
        }

        try
        {
            return EmbeddedPostgres.EnsureStarted(ClusterRoot).AdminConnectionString;
        }
        catch (InvalidOperationException ex) when (Environment.GetEnvironmentVariable("CI") is null)
        {
            throw new SkipException($"PostgreSQL is not available here ({ex.Message}); set CI=true to make this a failure.");
        }
    }
}
