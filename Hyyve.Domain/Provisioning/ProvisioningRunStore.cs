using System.Text.Json;
using Hyyve.Domain.Tenancy;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Provisioning;

/// <summary>Creates and reads provisioning runs and their steps (<c>hyyve.provisioning_runs</c>, <c>provisioning_steps</c>).</summary>
internal sealed class ProvisioningRunStore(NpgsqlDataSource dataSource, SecretProtector protector)
{
    /// <summary>Inserts the run and its pending steps; with an idempotency key already used, returns that run's id instead.</summary>
    public async Task<(Guid RunId, bool Created)> CreateAsync(RunRecord run, string? idempotencyKey, NpgsqlTransaction transaction,
        CancellationToken cancellationToken)
    {
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO hyyve.provisioning_runs (id, idempotency_key, tenant_id, request, chatwoot_base_url, platform_token_enc, public_base_url, status)
            VALUES (@id, @key, @tenant_id, @request::jsonb, @base_url, @token, @public_base_url, 'running')
            ON CONFLICT (idempotency_key) DO NOTHING
            """, transaction.Connection, transaction))
        {
            insert.Parameters.AddWithValue("id", run.Id);
            insert.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = (object?)idempotencyKey ?? DBNull.Value });
            insert.Parameters.AddWithValue("tenant_id", run.TenantId);
            insert.Parameters.AddWithValue("request", JsonSerializer.Serialize(run.Request, ProvisioningJsonContext.Default.ProvisionTenantRequest));
            insert.Parameters.AddWithValue("base_url", run.ChatwootBaseUrl.ToString());
            insert.Parameters.Add(new NpgsqlParameter("token", NpgsqlDbType.Bytea)
            {
                Value = run.PlatformToken is null ? DBNull.Value : protector.Protect(run.PlatformToken),
            });
            insert.Parameters.AddWithValue("public_base_url", run.PublicBaseUrl.ToString());
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await using var existing = new NpgsqlCommand("SELECT id FROM hyyve.provisioning_runs WHERE idempotency_key = @key",
                    transaction.Connection, transaction);
                existing.Parameters.AddWithValue("key", idempotencyKey!);
                return ((Guid)(await existing.ExecuteScalarAsync(cancellationToken))!, false);
            }
        }

        await using var steps = new NpgsqlCommand("""
            INSERT INTO hyyve.provisioning_steps (run_id, position, name, state)
            SELECT @id, position - 1, name, 'pending' FROM unnest(@names) WITH ORDINALITY AS s(name, position)
            """, transaction.Connection, transaction);
        steps.Parameters.AddWithValue("id", run.Id);
        steps.Parameters.AddWithValue("names", run.Steps.Select(s => s.Name).ToArray());
        await steps.ExecuteNonQueryAsync(cancellationToken);
        return (run.Id, true);
    }

    public async Task<RunRecord?> FindAsync(Guid runId, CancellationToken cancellationToken, NpgsqlConnection? connection = null)
    {
        // The run row first, then its steps: a run seen finished was committed with its last step, so the steps read after
        // it are never older than it (the other order could show a succeeded run whose last step still looks running).
        await using var owned = connection is null ? await dataSource.OpenConnectionAsync(cancellationToken) : null;
        await using var command = new NpgsqlCommand("""
            SELECT tenant_id, status, generation, request::text, chatwoot_base_url, platform_token_enc, public_base_url, error,
                   tenant_api_key_enc IS NOT NULL, tenant_api_key_shown, created_at, updated_at, completed_at
            FROM hyyve.provisioning_runs WHERE id = @id
            """, connection ?? owned);
        command.Parameters.AddWithValue("id", runId);
        RunRecord? run;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            run = await reader.ReadAsync(cancellationToken) ? Read(reader, runId) : null;
        }

        return run is null ? null : run with { Steps = await ReadStepsAsync(connection ?? owned!, runId, cancellationToken) };
    }

    private RunRecord Read(NpgsqlDataReader reader, Guid runId) =>
        new(runId, reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2),
            JsonSerializer.Deserialize(reader.GetString(3), ProvisioningJsonContext.Default.ProvisionTenantRequest)!,
            new Uri(reader.GetString(4)), reader.IsDBNull(5) ? null : protector.Unprotect(reader.GetFieldValue<byte[]>(5)),
            new Uri(reader.GetString(6)), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetBoolean(8), reader.GetBoolean(9),
            reader.GetFieldValue<DateTimeOffset>(10), reader.GetFieldValue<DateTimeOffset>(11),
            reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12), []);

    /// <summary>Hands out the tenant key of a finished run once: the first caller gets it and it is erased.</summary>
    public async Task<string?> TakeTenantApiKeyAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE hyyve.provisioning_runs r SET tenant_api_key_enc = NULL, tenant_api_key_shown = true, updated_at = now()
            FROM (SELECT id, tenant_api_key_enc AS key FROM hyyve.provisioning_runs WHERE id = @id FOR UPDATE) old
            WHERE r.id = old.id AND old.key IS NOT NULL AND r.status = 'succeeded'
            RETURNING old.key
            """);
        command.Parameters.AddWithValue("id", runId);
        return await command.ExecuteScalarAsync(cancellationToken) is byte[] key ? protector.Unprotect(key) : null;
    }

    private static async Task<IReadOnlyList<StepRecord>> ReadStepsAsync(NpgsqlConnection connection, Guid runId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT position, name, state, attempts, output::text, error, started_at, finished_at
            FROM hyyve.provisioning_steps WHERE run_id = @id ORDER BY position
            """, connection);
        command.Parameters.AddWithValue("id", runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var steps = new List<StepRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            steps.Add(new StepRecord(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : JsonSerializer.Deserialize(reader.GetString(4), ProvisioningJsonContext.Default.StepOutput),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return steps;
    }
}
