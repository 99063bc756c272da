namespace Hyyve.Domain.Provisioning;

/// <summary>
/// <c>POST /api/tenants</c>: create a Chatwoot account with an administrator, Hyyve's agent bot, one inbox per project
/// (a web widget for a website, or an API channel) and optionally a Help Center portal. <see cref="ChatwootBaseUrl"/> and
/// <see cref="PlatformToken"/> default to <c>Chatwoot__BaseUrl</c> and <c>Chatwoot__PlatformToken</c>.
/// </summary>
public sealed record ProvisionTenantRequest(
    string Name,
    ProvisionAdministrator Administrator,
    IReadOnlyList<ProvisionProject> Projects,
    string? Locale = null,
    ProvisionPortal? Portal = null,
    string? ChatwootBaseUrl = null,
    string? PlatformToken = null);

/// <summary>The account's administrator; an email Chatwoot already knows adopts that user.</summary>
public sealed record ProvisionAdministrator(string Name, string Email);

/// <summary>A project: its inbox (<c>web_widget</c> needs <see cref="WebsiteUrl"/>; <c>api</c> does not) and answer settings.</summary>
public sealed record ProvisionProject(string Name, string? WebsiteUrl = null, string? Channel = null, double? ConfidenceThreshold = null,
    string? HandoffMessage = null)
{
    public const string WebWidget = "web_widget";
    public const string Api = "api";

    /// <summary>The channel asked for, or a web widget when a website is given, else an API inbox.</summary>
    public string ChannelType => Channel ?? (WebsiteUrl is null ? Api : WebWidget);
}

/// <summary>A Help Center portal for the tenant; its slug is prefixed with the account id, since slugs are global in Chatwoot.</summary>
public sealed record ProvisionPortal(string Name, string Slug);
