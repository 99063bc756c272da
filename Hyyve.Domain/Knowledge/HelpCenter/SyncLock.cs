using Npgsql;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// PostgreSQL advisory locks per project: a session lock held on its own connection while a sync runs (released by the
/// server when that connection ends, so a killed process frees it), and a transaction lock around creating a run.
/// </summary>
internal static class SyncLock
{
    private const int RunningClass = 0x4843_5352; // "HCSR"
    private const int QueueingClass = 0x4843_5351; // "HCSQ"
    private const int HandOverAttempts = 10;
    private static readonly TimeSpan HandOverWait = TimeSpan.FromSeconds(1);

    /// <summary>The open connection that holds the project's run lock, or null when another sync still holds it after
    /// <see cref="HandOverWait"/>: a run that has just written its result releases the lock a moment later, and a sync
    /// asked for right then should run, not be skipped.</summary>
    public static async Task<NpgsqlConnection?> TryHoldRunningAsync(NpgsqlDataSource dataSource, Guid projectId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@class, @key)", connection);
            command.Parameters.AddWithValue("class", RunningClass);
            command.Parameters.AddWithValue("key", KeyOf(projectId));
            for (var attempt = 0; attempt < HandOverAttempts; attempt++)
            {
                if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
                {
                    return connection;
                }

                await Task.Delay(HandOverWait / HandOverAttempts, cancellationToken);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>Serialises "find the active run, else create one" of a project within <paramref name="transaction"/>.</summary>
    public static async Task LockQueueingAsync(NpgsqlTransaction transaction, Guid projectId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@class, @key)", transaction.Connection, transaction);
        command.Parameters.AddWithValue("class", QueueingClass);
        command.Parameters.AddWithValue("key", KeyOf(projectId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static int KeyOf(Guid projectId)
    {
        var bytes = projectId.ToByteArray();
        return BitConverter.ToInt32(bytes, 0) ^ BitConverter.ToInt32(bytes, 4) ^ BitConverter.ToInt32(bytes, 8) ^ BitConverter.ToInt32(bytes, 12);
    }
}
