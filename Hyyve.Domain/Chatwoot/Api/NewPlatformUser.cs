namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of a Platform API user create. The password needs 6–128 characters with upper, lower, digit and special.</summary>
public sealed record NewPlatformUser(string Name, string Email, string Password);
