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
        // 15 s to open a connection: two cores running a whole suite can keep PostgreSQL from accepting within 5 s, and a job
        // whose completion could not be written is (rightly) run again, which tests of exactly-once runs then count.
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Timeout = 15 }.ConnectionString;
    }

    /// <summary>The cluster is reused between runs; databases of earlier runs go, except any still in use.</summary>
    private static void DropLeftoverDatabases(string admin)
    {
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        var names = new List<string>();
        using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 't\\_%'", connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            try
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"", connection);
                drop.ExecuteNonQuery();
            }
            catch (PostgresException)
            {
                // Another test run on this machine is using it.
            }
        }
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
            var admin = EmbeddedPostgres.EnsureStarted(ClusterRoot).AdminConnectionString;
            DropLeftoverDatabases(admin);
            return admin;
        }
        catch (InvalidOperationException ex) when (Environment.GetEnvironmentVariable("CI") is null)
        {
            throw new SkipException($"PostgreSQL is not available here ({ex.Message}); set CI=true to make this a failure.");
        }
    }
}
