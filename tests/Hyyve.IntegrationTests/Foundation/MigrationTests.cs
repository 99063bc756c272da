using Hyyve.Domain.Persistence;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Hyyve.IntegrationTests.Foundation;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_once_and_record_every_file()
    {
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.CreateDatabase("migrate"));

        var applied = await Migrator(dataSource).MigrateAsync(CancellationToken.None);

        Assert.Equal(DatabaseMigrator.LoadMigrations().Select(m => m.Name), applied);
        foreach (var table in new[] { "tenants", "projects", "api_keys", "jobs", "schema_migrations" })
        {
            Assert.True(await TableExistsAsync(dataSource, table), $"table hyyve.{table} should exist");
        }
    }

    [Fact]
    public async Task Migrating_twice_is_a_no_op()
    {
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.CreateDatabase("migrate2"));
        await Migrator(dataSource).MigrateAsync(CancellationToken.None);

        var second = await Migrator(dataSource).MigrateAsync(CancellationToken.None);

        Assert.Empty(second);
        Assert.Equal(DatabaseMigrator.LoadMigrations().Count, await CountAppliedAsync(dataSource));
    }

    [Fact]
    public async Task Concurrent_migrators_apply_each_file_exactly_once()
    {
        var connectionString = TestPostgres.CreateDatabase("migrateconc");
        // Separate data sources stand in for separate processes: separate sessions, one advisory lock.
        var sources = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(connectionString)).ToList();
        try
        {
            var results = await Task.WhenAll(sources.Select(s => Migrator(s).MigrateAsync(CancellationToken.None)));

            Assert.Equal(DatabaseMigrator.LoadMigrations().Count, results.Sum(r => r.Count));
            Assert.Equal(DatabaseMigrator.LoadMigrations().Count, await CountAppliedAsync(sources[0]));
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.DisposeAsync();
            }
        }
    }

    private static DatabaseMigrator Migrator(NpgsqlDataSource dataSource) => new(dataSource, NullLogger<DatabaseMigrator>.Instance);

    private static async Task<bool> TableExistsAsync(NpgsqlDataSource dataSource, string table)
    {
        await using var command = dataSource.CreateCommand("SELECT to_regclass(@name) IS NOT NULL");
        command.Parameters.AddWithValue("name", $"hyyve.{table}");
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> CountAppliedAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM hyyve.schema_migrations");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
