using System.Text.Json;
using Hyyve.Domain.Tenancy;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Provisioning;

/// <summary>
/// The state changes of a run while it is worked on. Every method runs on the connection (or transaction) of the worker
/// that holds the run's lock (<see cref="RunLock"/>), so no two workers change one run at once.
/// </summary>
internal sealed class RunLedger(SecretProtector protector)
{
    /// <summary>Counts an attempt before the step calls Chatwoot, so a later attempt knows to look for what this one made.</summary>
    public static async Task<int> MarkAttemptAsync(NpgsqlConnection connection, Guid runId, int position, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            UPDATE hyyve.provisioning_steps SET attempts = attempts + 1, state = 'running', error = NULL, started_at = coalesce(started_at, now())
            WHERE run_id = @run AND position = @position RETURNING attempts
            """, connection);
        command.Parameters.AddWithValue("run", runId);
        command.Parameters.AddWithValue("position", position);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static Task SetStepAsync(NpgsqlTransaction transaction, Guid runId, int position, string state, StepOutput? output,
        CancellationToken cancellationToken) =>
        ExecuteAsync(transaction.Connection!, transaction, """
            UPDATE hyyve.provisioning_steps SET state = @state, output = coalesce(@output::jsonb, output), error = NULL, finished_at = now()
            WHERE run_id = @run AND position = @position
            """, cancellationToken, ("run", runId), ("position", position), ("state", state),
            ("output", output is null ? null : JsonSerializer.Serialize(output, ProvisioningJsonContext.Default.StepOutput)));

    /// <summary>Records a step's error; when <paramref name="runStatus"/> is given the run stops there with that message.</summary>
    public static async Task FailStepAsync(NpgsqlConnection connection, Guid runId, int position, string error, string? runStatus,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, """
            UPDATE hyyve.provisioning_steps SET state = CASE WHEN @final THEN 'failed' ELSE state END, error = @error
            WHERE run_id = @run AND position = @position
            """, cancellationToken, ("run", runId), ("position", position), ("error", error), ("final", runStatus is not null));
        if (runStatus is not null)
        {
            await SetRunAsync(transaction, runId, runStatus, error, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public static Task SetRunAsync(NpgsqlTransaction transaction, Guid runId, string status, string? error, CancellationToken cancellationToken) =>
        ExecuteAsync(transaction.Connection!, transaction, """
            UPDATE hyyve.provisioning_runs SET status = @status, error = @error, updated_at = now(),
                completed_at = CASE WHEN @status IN ('succeeded', 'rolled_back') THEN now() ELSE completed_at END
            WHERE id = @run
            """, cancellationToken, ("run", runId), ("status", status), ("error", error));

    public Task StoreTenantApiKeyAsync(NpgsqlTransaction transaction, Guid runId, string key, CancellationToken cancellationToken) =>
        ExecuteAsync(transaction.Connection!, transaction,
            "UPDATE hyyve.provisioning_runs SET tenant_api_key_enc = @key WHERE id = @run AND NOT tenant_api_key_shown",
            cancellationToken, ("run", runId), ("key", protector.Protect(key)));

    /// <summary>Moves a run to <paramref name="status"/> from one of <paramref name="from"/>, bumping its generation; false when it was not in them.</summary>
    public static async Task<bool> TransitionAsync(NpgsqlTransaction transaction, Guid runId, string[] from, string status,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            UPDATE hyyve.provisioning_runs SET status = @status, error = NULL, generation = generation + 1, updated_at = now()
            WHERE id = @run AND status = ANY(@from)
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("run", runId);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("from", from);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        if (status == RunStates.Running)
        {
            await ExecuteAsync(transaction.Connection!, transaction,
                "UPDATE hyyve.provisioning_steps SET state = 'pending' WHERE run_id = @run AND state IN ('failed', 'running')",
                cancellationToken, ("run", runId));
        }

        return true;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql,
        CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value is null
                ? new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = DBNull.Value }
                : new NpgsqlParameter(name, value));
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
