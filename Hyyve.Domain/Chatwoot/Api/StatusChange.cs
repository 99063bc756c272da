namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>The body of <c>toggle_status</c>: <c>open</c>, <c>pending</c>, <c>resolved</c> or <c>snoozed</c>.</summary>
public sealed record StatusChange(string Status);
