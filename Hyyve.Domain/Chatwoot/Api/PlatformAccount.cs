namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>A Platform API account, only the fields Hyyve reads.</summary>
public sealed record PlatformAccount(long Id, string Name, string? Locale, string? Status);
