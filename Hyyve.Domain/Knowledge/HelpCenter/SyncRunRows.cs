using System.Text.Json;
using Npgsql;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>The columns of a <c>sync_runs</c> row and how they become a <see cref="SyncRun"/>.</summary>
internal static class SyncRunRows
{
    public const string Columns = """
        id, project_id, trigger, status, attempts, full_sweep, pages_read, articles_seen, created, updated, deleted, unchanged,
        failed, failures::text, error, watermark_before, watermark_after, queued_at, started_at, finished_at, duration_ms
        """;

    public static async Task<List<SyncRun>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<SyncRun>();
        while (await reader.ReadAsync(cancellationToken))
        {
            DateTimeOffset? At(int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateTimeOffset>(i);
            long? Long(int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);
            runs.Add(new SyncRun(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetBoolean(5),
                new SyncCounts(reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10),
                    reader.GetInt32(11), reader.GetInt32(12)),
                JsonSerializer.Deserialize(reader.GetString(13), SyncJsonContext.Default.ListSyncFailure) ?? [],
                reader.IsDBNull(14) ? null : reader.GetString(14), Long(15), Long(16), reader.GetFieldValue<DateTimeOffset>(17),
                At(18), At(19), Long(20)));
        }

        return runs;
    }
}
