using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.AgentConsole;

/// <summary>The command center: every figure is computed in SQL over the recorded tables (see <see cref="ConsoleSql"/>).</summary>
public sealed class DashboardQuery(NpgsqlDataSource dataSource, IOptions<ConsoleOptions> options, TimeProvider time)
{
    public async Task<Dashboard> GetAsync(Guid? tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var cards = await ReadCardsAsync(connection, tenantId, now, cancellationToken);
        await using var command = new NpgsqlCommand(DashboardSql.Totals, connection);
        command.Parameters.Add(ConsoleParameters.Tenant(tenantId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var botTurns = reader.GetInt64(2);
        double? Rate(long n) => botTurns == 0 ? null : (double)n / botTurns;
        var byReason = JsonSerializer.Deserialize(reader.GetString(7), ConsoleJsonContext.Default.DictionaryStringInt64) ?? [];
        var totals = new DashboardTotals(
            reader.GetInt64(0), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(1), ConsoleParameters.NullableDouble(reader, 6),
            cards.Sum(c => c.JobsCompleted24h), cards.Sum(c => c.JobsFailed24h), Health(cards), botTurns,
            Rate(reader.GetInt64(5)), Rate(reader.GetInt64(3)), Rate(reader.GetInt64(4)), byReason,
            ConsoleParameters.NullableDouble(reader, 8), ConsoleParameters.NullableDouble(reader, 9));
        return new Dashboard(totals, cards);
    }

    private async Task<List<ProjectCard>> ReadCardsAsync(NpgsqlConnection connection, Guid? tenantId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(DashboardSql.Projects, connection);
        command.Parameters.Add(ConsoleParameters.Tenant(tenantId));
        command.Parameters.AddWithValue("now", now);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cards = new List<ProjectCard>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var failed = reader.GetInt64(4);
            var oldestWait = ConsoleParameters.NullableDouble(reader, 8);
            var lastSync = reader.IsDBNull(9) ? null : reader.GetString(9);
            var (status, why) = failed > 0 ? ("error", $"{failed} dead job(s) in the last 24 h")
                : lastSync == "failed" ? ("error", "the last Help Center sync failed")
                : oldestWait > options.Value.HitlWarnAfter.TotalSeconds ? ("warning", $"a handoff has waited {Minutes(oldestWait.Value)} min for a human")
                : ("healthy", (string?)null);
            cards.Add(new ProjectCard(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), status, why,
                reader.GetInt64(3), failed, reader.GetInt64(5), reader.GetInt64(6), ConsoleParameters.NullableDouble(reader, 7),
                reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12)));
        }

        return cards;
    }

    /// <summary>unhealthy when every project is in error, degraded when any is not healthy.</summary>
    private static string Health(IReadOnlyList<ProjectCard> cards) =>
        cards.Count > 0 && cards.All(c => c.Status == "error") ? "unhealthy"
        : cards.Any(c => c.Status != "healthy") ? "degraded"
        : "healthy";

    private static long Minutes(double seconds) => (long)Math.Floor(seconds / 60);
}
