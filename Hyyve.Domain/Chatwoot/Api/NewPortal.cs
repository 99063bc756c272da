namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of a portal create, wrapped as Rails expects: <c>{"portal": {"name", "slug"}}</c>.</summary>
public sealed record NewPortal(NewPortalFields Portal);

public sealed record NewPortalFields(string Name, string Slug);
