using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.AgentConsole;

/// <summary>The command center: every figure is computed in SQL over the recorded tables (see <see cref="ConsoleSql"/>);
/// the totals are the sums of the projects' counts (each conversation and turn belongs to one project).</summary>
public sealed class DashboardQuery(NpgsqlDataSource dataSource, IOptions<ConsoleOptions> options, TimeProvider time)
{
    public async Task<Dashboard> GetAsync(Guid? tenantId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DashboardSql.Projects);
        command.Parameters.Add(ConsoleParameters.Tenant(tenantId));
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cards = new List<ProjectCard>();
        var (turns, covered, confidence) = (0L, 0L, 0.0);
        var (byReason, p50, p90) = ("{}", (double?)null, (double?)null);
        while (await reader.ReadAsync(cancellationToken))
        {
            cards.Add(Card(reader));
            (turns, covered, confidence) = (turns + reader.GetInt64(13), covered + reader.GetInt64(14), confidence + reader.GetDouble(15));
            (byReason, p50, p90) = (reader.GetString(16), ConsoleParameters.NullableDouble(reader, 17), ConsoleParameters.NullableDouble(reader, 18));
        }

        double? Rate(long n) => turns == 0 ? null : (double)n / turns;
        var (answers, handoffs) = (cards.Sum(c => c.BotAnswers), cards.Sum(c => c.Handoffs));
        var totals = new DashboardTotals(cards.Sum(c => c.Conversations), answers, handoffs, cards.Sum(c => c.HitlWaiting),
            turns == 0 ? null : confidence / turns, cards.Sum(c => c.JobsCompleted24h), cards.Sum(c => c.JobsFailed24h), Health(cards), turns,
            Rate(covered), Rate(answers), Rate(handoffs),
            JsonSerializer.Deserialize(byReason, ConsoleJsonContext.Default.DictionaryStringInt64) ?? [], p50, p90);
        return new Dashboard(totals, cards);
    }

    private ProjectCard Card(NpgsqlDataReader reader)
    {
        var failed = reader.GetInt64(4);
        var oldestWait = ConsoleParameters.NullableDouble(reader, 8);
        var lastSync = ConsoleParameters.NullableString(reader, 9);
        var (status, why) = failed > 0 ? ("error", $"{failed} dead job(s) in the last 24 h")
            : lastSync == "failed" ? ("error", "the last Help Center sync failed")
            : oldestWait > options.Value.HitlWarnAfter.TotalSeconds ? ("warning", $"a handoff has waited {(long)(oldestWait.Value / 60)} min for a human")
            : ("healthy", (string?)null);
        return new ProjectCard(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), status, why, reader.GetInt64(3), failed,
            reader.GetInt64(5), reader.GetInt64(6), ConsoleParameters.NullableDouble(reader, 7), reader.GetInt64(10), reader.GetInt64(11),
            reader.GetInt64(12));
    }

    /// <summary>unhealthy when every project is in error, degraded when any is not healthy.</summary>
    private static string Health(IReadOnlyList<ProjectCard> cards) =>
        cards.Count > 0 && cards.All(c => c.Status == "error") ? "unhealthy"
        : cards.Any(c => c.Status != "healthy") ? "degraded"
        : "healthy";
}
