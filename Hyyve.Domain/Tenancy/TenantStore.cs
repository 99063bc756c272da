using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Tenancy;

/// <summary>Tenants' Chatwoot connections. Tokens and secrets are encrypted before they reach the database.</summary>
public sealed class TenantStore(NpgsqlDataSource dataSource, SecretProtector protector)
{
    private const string Columns = """
        id, name, chatwoot_base_url, chatwoot_account_id, user_token_enc, bot_id, bot_token_enc, bot_secret_enc, allow_unsigned, url_token_hash,
        previous_bot_secret_enc, previous_bot_secret_until
        """;

    public async Task<ChatwootTenant?> FindAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM hyyve.tenants WHERE id = @id AND chatwoot_base_url IS NOT NULL");
        command.Parameters.AddWithValue("id", tenantId);
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<ChatwootTenant?> FindByAccountAsync(Uri baseUrl, long accountId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM hyyve.tenants WHERE chatwoot_base_url = @url AND chatwoot_account_id = @account");
        command.Parameters.AddWithValue("url", baseUrl.ToString());
        command.Parameters.AddWithValue("account", accountId);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>Creates or updates the tenant row of one Chatwoot account.</summary>
    public async Task SaveAsync(ChatwootTenant tenant, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO hyyve.tenants (id, name, chatwoot_base_url, chatwoot_account_id, user_token_enc, bot_id, bot_token_enc,
                                       bot_secret_enc, allow_unsigned, url_token_hash)
            VALUES (@id, @name, @url, @account, @user_token, @bot_id, @bot_token, @bot_secret, @allow_unsigned, @url_token_hash)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, user_token_enc = excluded.user_token_enc, bot_id = excluded.bot_id,
                bot_token_enc = excluded.bot_token_enc, bot_secret_enc = excluded.bot_secret_enc,
                allow_unsigned = excluded.allow_unsigned, url_token_hash = excluded.url_token_hash, updated_at = now()
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("id", tenant.Id);
        command.Parameters.AddWithValue("name", tenant.Name);
        command.Parameters.AddWithValue("url", tenant.BaseUrl.ToString());
        command.Parameters.AddWithValue("account", tenant.AccountId);
        AddBytes(command, "user_token", tenant.UserToken is null ? null : protector.Protect(tenant.UserToken));
        command.Parameters.Add(new NpgsqlParameter("bot_id", NpgsqlDbType.Bigint) { Value = (object?)tenant.BotId ?? DBNull.Value });
        AddBytes(command, "bot_token", tenant.BotToken is null ? null : protector.Protect(tenant.BotToken));
        AddBytes(command, "bot_secret", tenant.BotSecret is null ? null : protector.Protect(tenant.BotSecret));
        command.Parameters.AddWithValue("allow_unsigned", tenant.AllowUnsigned);
        AddBytes(command, "url_token_hash", tenant.UrlTokenHash);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddBytes(NpgsqlCommand command, string name, byte[]? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Bytea) { Value = (object?)value ?? DBNull.Value });

    private async Task<ChatwootTenant?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        string? Secret(int i) => reader.IsDBNull(i) ? null : protector.Unprotect(reader.GetFieldValue<byte[]>(i));
        return new ChatwootTenant(
            reader.GetGuid(0), reader.GetString(1), new Uri(reader.GetString(2)), reader.GetInt64(3), Secret(4),
            reader.IsDBNull(5) ? null : reader.GetInt64(5), Secret(6), Secret(7), reader.GetBoolean(8),
            reader.IsDBNull(9) ? null : reader.GetFieldValue<byte[]>(9), Secret(10),
            reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11));
    }
}
