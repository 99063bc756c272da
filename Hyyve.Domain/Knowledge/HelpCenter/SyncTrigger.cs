namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>What started a run.</summary>
public static class SyncTrigger
{
    public const string Manual = "manual";
    public const string Schedule = "schedule";
}
