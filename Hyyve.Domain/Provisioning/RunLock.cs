using Npgsql;

namespace Hyyve.Domain.Provisioning;

/// <summary>
/// A PostgreSQL session advisory lock per run, held on its own connection while one step runs. The server frees it when
/// the connection ends, so a killed process never leaves a run locked; a second worker that finds it taken backs off.
/// </summary>
internal static class RunLock
{
    private const int LockClass = 0x5052_5631; // "PRV1"

    private const int Tries = 40;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// The open connection that holds the run's lock, or null when another worker still holds it after about two seconds.
    /// The wait covers the usual case: the next step's job is committed (and leased) a moment before the previous holder
    /// lets go of the lock.
    /// </summary>
    public static async Task<NpgsqlConnection?> TryHoldAsync(NpgsqlDataSource dataSource, Guid runId, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Tries; i++)
        {
            if (await TryOnceAsync(dataSource, runId, cancellationToken) is { } held)
            {
                return held;
            }

            await Task.Delay(Pause, cancellationToken);
        }

        return null;
    }

    private static async Task<NpgsqlConnection?> TryOnceAsync(NpgsqlDataSource dataSource, Guid runId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@class, @key)", connection);
            command.Parameters.AddWithValue("class", LockClass);
            command.Parameters.AddWithValue("key", KeyOf(runId));
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            {
                return connection;
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

    /// <summary>Releases the lock before the pooled connection goes back (a session lock would otherwise outlive the step).</summary>
    public static async Task ReleaseAsync(NpgsqlConnection connection, Guid runId)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@class, @key)", connection);
        command.Parameters.AddWithValue("class", LockClass);
        command.Parameters.AddWithValue("key", KeyOf(runId));
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private static int KeyOf(Guid runId)
    {
        var bytes = runId.ToByteArray();
        return BitConverter.ToInt32(bytes, 0) ^ BitConverter.ToInt32(bytes, 4) ^ BitConverter.ToInt32(bytes, 8) ^ BitConverter.ToInt32(bytes, 12);
    }
}
