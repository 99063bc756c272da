using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Tenancy;

/// <summary>Issues and checks API keys. Only hashes are stored; a key is shown once, when it is created.</summary>
public sealed class ApiKeyStore(NpgsqlDataSource dataSource, IOptions<TenancyOptions> options)
{
    private readonly byte[]? _configuredAdminHash =
        string.IsNullOrWhiteSpace(options.Value.AdminApiKey) ? null : ApiKeyHasher.Hash(options.Value.AdminApiKey);

    public bool HasConfiguredAdminKey => _configuredAdminHash is not null;

    public async Task<string> CreateAsync(ApiKeyScope scope, Guid? tenantId, string name, CancellationToken cancellationToken,
        NpgsqlTransaction? transaction = null) =>
        (await CreateWithIdAsync(scope, tenantId, name, cancellationToken, transaction)).Key;

    /// <summary>Creates a key and returns its row id (to revoke it by) with the key itself.</summary>
    public async Task<(Guid Id, string Key)> CreateWithIdAsync(ApiKeyScope scope, Guid? tenantId, string name, CancellationToken cancellationToken,
        NpgsqlTransaction? transaction = null)
    {
        var key = ApiKeyHasher.Generate();
        var id = Guid.CreateVersion7();
        const string sql = """
            INSERT INTO hyyve.api_keys (id, scope, tenant_id, name, prefix, key_hash)
            VALUES (@id, @scope, @tenant_id, @name, @prefix, @hash)
            """;
        await using var connection = transaction is null ? await dataSource.OpenConnectionAsync(cancellationToken) : null;
        await using var command = new NpgsqlCommand(sql, transaction?.Connection ?? connection, transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("scope", scope == ApiKeyScope.Admin ? "admin" : "tenant");
        command.Parameters.Add(new NpgsqlParameter("tenant_id", NpgsqlDbType.Uuid) { Value = (object?)tenantId ?? DBNull.Value });
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("prefix", ApiKeyHasher.DisplayPrefix(key));
        command.Parameters.AddWithValue("hash", ApiKeyHasher.Hash(key));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return (id, key);
    }

    public async Task<ApiKeyIdentity?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(presented))
        {
            return null;
        }

        var hash = ApiKeyHasher.Hash(presented);
        if (_configuredAdminHash is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(hash, _configuredAdminHash))
        {
            return new ApiKeyIdentity(ApiKeyScope.Admin, null, "configured admin key");
        }

        // The lookup is by hash, so timing reveals nothing about a valid key's characters.
        await using var command = dataSource.CreateCommand(
            "SELECT scope, tenant_id, name, key_hash FROM hyyve.api_keys WHERE key_hash = @hash AND revoked_at IS NULL");
        command.Parameters.AddWithValue("hash", hash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || !ApiKeyHasher.Matches(presented, reader.GetFieldValue<byte[]>(3)))
        {
            return null;
        }

        var scope = reader.GetString(0) == "admin" ? ApiKeyScope.Admin : ApiKeyScope.Tenant;
        return new ApiKeyIdentity(scope, reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.GetString(2));
    }

    public async Task<bool> AnyAdminKeyAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT EXISTS (SELECT 1 FROM hyyve.api_keys WHERE scope = 'admin' AND revoked_at IS NULL)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
