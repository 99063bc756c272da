using Hyyve.Domain.Errors;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Tenancy;

/// <summary>
/// Replaces a tenant's bot signing secret without downtime: the new one verifies deliveries at once, and the one it
/// replaces keeps verifying them for <see cref="TenancyOptions.BotSecretGrace"/>, while Chatwoot may still be sending
/// webhooks signed before the reset.
/// </summary>
public sealed class BotSecretRotation(NpgsqlDataSource dataSource, SecretProtector protector, TenantDirectory directory,
    IOptions<TenancyOptions> options)
{
    public async Task<BotSecretRotated> RotateAsync(ApiKeyIdentity caller, Guid tenantId, RotateBotSecretRequest request,
        CancellationToken cancellationToken)
    {
        if (!caller.CanAccessTenant(tenantId))
        {
            throw new NotFoundException($"Tenant {tenantId} was not found.");
        }

        if (string.IsNullOrWhiteSpace(request.Secret))
        {
            throw new ValidationFailedException("secret", "secret is required: the agent bot's new signing secret, as Chatwoot shows it.");
        }

        // A secret rotated twice within the grace keeps only the latest previous one, like Chatwoot, which signs with one.
        await using var command = dataSource.CreateCommand("""
            UPDATE hyyve.tenants
            SET previous_bot_secret_enc = bot_secret_enc,
                previous_bot_secret_until = CASE WHEN bot_secret_enc IS NULL THEN NULL ELSE now() + @grace END,
                bot_secret_enc = @secret, updated_at = now()
            WHERE id = @id AND chatwoot_base_url IS NOT NULL
            RETURNING previous_bot_secret_until
            """);
        command.Parameters.AddWithValue("id", tenantId);
        command.Parameters.AddWithValue("grace", options.Value.BotSecretGrace);
        command.Parameters.AddWithValue("secret", protector.Protect(request.Secret.Trim()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new NotFoundException($"Tenant {tenantId} was not found.");
        }

        var until = reader.IsDBNull(0) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(0);
        directory.Evict(tenantId);
        return new BotSecretRotated(tenantId, until);
    }
}
