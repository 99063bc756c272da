namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>The portal fields the sync needs.</summary>
public sealed record HelpCenterPortal(long Id, string Slug, string? CustomDomain);
