using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Tenancy;

/// <summary>
/// The encryption key rotation's second step: every stored Chatwoot token and secret that the current
/// <c>Tenancy__EncryptionKey</c> did not encrypt (one of <c>Tenancy__PreviousEncryptionKeys</c> did) is decrypted and
/// encrypted again with the current key, tenant by tenant, each in its own short transaction, so running servers keep
/// working throughout. Repeating it changes nothing.
/// </summary>
public sealed class SecretReencryption(NpgsqlDataSource dataSource, SecretProtector protector)
{
    private static readonly string[] SecretColumns = ["user_token_enc", "bot_token_enc", "bot_secret_enc", "previous_bot_secret_enc"];

    public async Task<SecretsReencrypted> ReencryptAllAsync(CancellationToken cancellationToken)
    {
        var tenantIds = new List<Guid>();
        await using (var list = dataSource.CreateCommand("SELECT id FROM hyyve.tenants ORDER BY id"))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tenantIds.Add(reader.GetGuid(0));
            }
        }

        int tenants = 0, secrets = 0;
        foreach (var tenantId in tenantIds)
        {
            var changed = await ReencryptTenantAsync(tenantId, cancellationToken);
            tenants += changed > 0 ? 1 : 0;
            secrets += changed;
        }

        return new SecretsReencrypted(tenants, secrets);
    }

    private async Task<int> ReencryptTenantAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var values = new byte[]?[SecretColumns.Length];
        await using (var select = new NpgsqlCommand(
            $"SELECT {string.Join(", ", SecretColumns)} FROM hyyve.tenants WHERE id = @id FOR UPDATE", connection, transaction))
        {
            select.Parameters.AddWithValue("id", tenantId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return 0;
            }

            for (var i = 0; i < SecretColumns.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetFieldValue<byte[]>(i);
            }
        }

        var changed = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } stored && !protector.IsCurrent(stored))
            {
                values[i] = protector.Protect(protector.Unprotect(stored));
                changed++;
            }
        }

        if (changed > 0)
        {
            // Column names come from the constant list above, never from input.
            await using var update = new NpgsqlCommand(
                $"UPDATE hyyve.tenants SET {string.Join(", ", SecretColumns.Select((c, i) => $"{c} = @v{i}"))}, updated_at = now() WHERE id = @id",
                connection, transaction);
            update.Parameters.AddWithValue("id", tenantId);
            for (var i = 0; i < values.Length; i++)
            {
                update.Parameters.Add(new NpgsqlParameter($"v{i}", NpgsqlDbType.Bytea) { Value = (object?)values[i] ?? DBNull.Value });
            }

            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }
}
