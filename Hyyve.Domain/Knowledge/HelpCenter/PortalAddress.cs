namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// Where customers read a portal: <c>{host}/hc/{portal_slug}/articles/{article_slug}</c>, the host being the portal's
/// <c>custom_domain</c> (https when it names no scheme) or else the Chatwoot address.
/// </summary>
public sealed record PortalAddress(Uri Host, string PortalSlug)
{
    public static PortalAddress For(HelpCenterPortal portal, Uri chatwootBaseUrl)
    {
        var domain = portal.CustomDomain?.Trim();
        var host = string.IsNullOrEmpty(domain)
            ? chatwootBaseUrl
            : new Uri(domain.Contains("://", StringComparison.Ordinal) ? domain : "https://" + domain);
        return new PortalAddress(host, portal.Slug);
    }

    public string ArticleUrl(string articleSlug) =>
        $"{Host.GetLeftPart(UriPartial.Authority)}/hc/{Uri.EscapeDataString(PortalSlug)}/articles/{Uri.EscapeDataString(articleSlug)}";
}
