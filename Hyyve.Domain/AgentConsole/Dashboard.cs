namespace Hyyve.Domain.AgentConsole;

/// <summary><c>GET /api/dashboard</c>: figures over every project the caller sees, and one card per project.</summary>
public sealed record Dashboard(DashboardTotals Totals, IReadOnlyList<ProjectCard> Projects);

/// <summary>
/// Totals over the caller's projects (definitions in README, "Console figures"). Rates are null when there is no bot turn;
/// HITL wait percentiles are over handoffs an agent has answered, null when there is none.
/// </summary>
public sealed record DashboardTotals(
    long Conversations,
    long BotAnswers,
    long Handoffs,
    long HitlWaiting,
    double? AverageConfidence,
    long JobsCompleted24h,
    long JobsFailed24h,
    string Health,
    long BotTurns,
    double? Coverage,
    double? BotAnsweredRate,
    double? HandoffRate,
    IReadOnlyDictionary<string, long> HandoffsByReason,
    double? HitlWaitP50Seconds,
    double? HitlWaitP90Seconds);

/// <summary>A project's card: <c>error</c> with a dead job in 24 h or a failed last sync, <c>warning</c> when a handoff has
/// waited longer than <c>Console:HitlWarnAfter</c>, otherwise <c>healthy</c>.</summary>
public sealed record ProjectCard(
    Guid Id,
    Guid TenantId,
    string Name,
    string Status,
    string? StatusReason,
    long JobsCompleted24h,
    long JobsFailed24h,
    long ActiveChats,
    long HitlWaiting,
    double? AverageConfidence,
    long Conversations,
    long BotAnswers,
    long Handoffs);
