using Hyyve.Server.Database;
using Npgsql;

namespace Hyyve.Benchmarks;

/// <summary>A private PostgreSQL cluster for benchmarks (or <c>HYYVE_BENCH_ADMIN_CONNECTION</c>), a fresh database per scenario.</summary>
internal static class BenchDatabase
{
    private static readonly Lazy<string> Admin = new(() =>
        Environment.GetEnvironmentVariable("HYYVE_BENCH_ADMIN_CONNECTION") is { Length: > 0 } configured
            ? configured
            : EmbeddedPostgres.EnsureStarted(Path.Combine(Path.GetTempPath(), $"hyyve-bench-postgres-{Environment.UserName}")).AdminConnectionString);

    public static string Create(string name)
    {
        var database = $"bench_{name}_{Guid.NewGuid().ToString("N")[..6]}";
        EmbeddedPostgres.CreateDatabaseIfMissing(Admin.Value, database);
        return new NpgsqlConnectionStringBuilder(Admin.Value) { Database = database }.ConnectionString;
    }
}
