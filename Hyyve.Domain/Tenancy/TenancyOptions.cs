namespace Hyyve.Domain.Tenancy;

/// <summary>Keys and secrets of tenants. Section <c>Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    public const string SectionName = "Tenancy";

    /// <summary>Platform administrator key (<c>Tenancy__AdminApiKey</c>). When empty, a Development host
    /// generates one on first start and prints it once; other environments must set it.</summary>
    public string? AdminApiKey { get; set; }
}
