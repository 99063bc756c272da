namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>A page of the article list with the portal's counts (which ignore the status filter).</summary>
public sealed record ArticlePage(IReadOnlyList<HelpCenterArticle> Payload, ArticleCounts? Meta);
