namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of a Platform API account create.</summary>
public sealed record NewPlatformAccount(string Name, string Locale = "en");
