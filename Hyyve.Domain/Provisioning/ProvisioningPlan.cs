namespace Hyyve.Domain.Provisioning;

/// <summary>What a step does; <see cref="PlannedStep.Project"/> says which project for the per-project kinds.</summary>
public enum StepKind
{
    Account,
    Administrator,
    AccountUser,
    UserToken,
    AgentBot,
    Inbox,
    AttachBot,
    ProjectRecord,
    Portal,
}

/// <summary>One step of the plan, named as the run shows it (e.g. <c>inbox[1]</c>).</summary>
public sealed record PlannedStep(int Position, string Name, StepKind Kind, int? Project = null);

/// <summary>
/// The provisioning plan, derived from the request alone so every attempt and both hosts see the same list:
/// account → administrator → account user → user token → agent bot → per project: inbox, attach bot, Hyyve project →
/// portal (when asked for). Each step stores its output before the next runs.
/// </summary>
public static class ProvisioningPlan
{
    public static IReadOnlyList<PlannedStep> For(ProvisionTenantRequest request)
    {
        var steps = new List<(string Name, StepKind Kind, int? Project)>
        {
            ("account", StepKind.Account, null),
            ("administrator", StepKind.Administrator, null),
            ("account-user", StepKind.AccountUser, null),
            ("user-token", StepKind.UserToken, null),
            ("agent-bot", StepKind.AgentBot, null),
        };
        for (var i = 0; i < request.Projects.Count; i++)
        {
            steps.Add(($"inbox[{i}]", StepKind.Inbox, i));
            steps.Add(($"attach-bot[{i}]", StepKind.AttachBot, i));
            steps.Add(($"project[{i}]", StepKind.ProjectRecord, i));
        }

        if (request.Portal is not null)
        {
            steps.Add(("portal", StepKind.Portal, null));
        }

        return [.. steps.Select((s, position) => new PlannedStep(position, s.Name, s.Kind, s.Project))];
    }
}
