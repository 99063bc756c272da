namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>The body of <c>PUT /api/projects/{id}/sync/schedule</c>; an empty schedule goes back to the default.</summary>
public sealed record SyncScheduleRequest(string? Schedule);
