namespace Hyyve.Domain.Tenancy;

/// <summary>Keys and secrets of tenants. Section <c>Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    public const string SectionName = "Tenancy";

    /// <summary>Platform administrator key (<c>Tenancy__AdminApiKey</c>). When empty, a Development host
    /// generates one on first start and prints it once; other environments must set it.</summary>
    public string? AdminApiKey { get; set; }

    /// <summary>Key that encrypts Chatwoot tokens and secrets at rest (<c>Tenancy__EncryptionKey</c>, base64 of 32 bytes).
    /// When empty, a key is generated once into <see cref="EncryptionKeyFile"/>.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Earlier encryption keys, comma-separated (<c>Tenancy__PreviousEncryptionKeys</c>, base64 of 32 bytes each), that
    /// still decrypt what they encrypted while <c>POST /api/admin/secrets/reencrypt</c> moves every secret to <see cref="EncryptionKey"/>.</summary>
    public string? PreviousEncryptionKeys { get; set; }

    /// <summary>How long a replaced bot signing secret still verifies deliveries (<c>Tenancy__BotSecretGrace</c>).</summary>
    public TimeSpan BotSecretGrace { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Where the generated key lives when <see cref="EncryptionKey"/> is empty (<c>Tenancy__EncryptionKeyFile</c>).</summary>
    public string EncryptionKeyFile { get; set; } = Path.Combine(".hyyve", "encryption.key");

    /// <summary>How long a process caches tenants and inbox-to-project mappings for webhook intake (<c>Tenancy__CacheDuration</c>).</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(30);
}
