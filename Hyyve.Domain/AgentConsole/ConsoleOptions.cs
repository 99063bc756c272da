namespace Hyyve.Domain.AgentConsole;

/// <summary>Agent console settings. Section <c>Console</c>.</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>A project whose oldest handoff has waited longer than this for a human shows as <c>warning</c>.</summary>
    public TimeSpan HitlWarnAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the live event stream sends a keep-alive comment.</summary>
    public TimeSpan EventKeepAlive { get; set; } = TimeSpan.FromSeconds(15);
}
