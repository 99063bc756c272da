using System.ComponentModel.DataAnnotations;

namespace Hyyve.Domain.Reconciliation;

/// <summary>The answer reconciler (DESIGN §4). Section <c>Reconciler</c>.</summary>
public sealed class ReconcilerOptions
{
    public const string SectionName = "Reconciler";

    /// <summary>Every 30 seconds, in the six-field NCRONTAB format of Functions' timer trigger. The Functions timer uses this
    /// constant (a binding attribute cannot read options); Hyyve.Server reads <see cref="Schedule"/>.</summary>
    public const string DefaultSchedule = "*/30 * * * * *";

    /// <summary>Whether this process reconciles (<c>Reconciler__Enabled</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an accepted message may wait for its answer job before it counts as lost (<c>Reconciler__GracePeriod</c>).
    /// Keep it above the queue's normal delay: a job still in a Functions queue after it is run twice, harmlessly but uselessly.</summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Messages accepted longer ago than this are not answered any more, only logged (<c>Reconciler__MaxAge</c>):
    /// after a long outage a late bot reply helps less than the human the conversation gets when nobody answers.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Messages judged per pass (<c>Reconciler__BatchSize</c>); the rest wait for the next pass.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>When Hyyve.Server runs a pass (<c>Reconciler__Schedule</c>, six-field NCRONTAB: seconds first).</summary>
    [Required]
    public string Schedule { get; set; } = DefaultSchedule;
}
