namespace Hyyve.Domain.Provisioning;

/// <summary>
/// A provisioning run as <c>GET /api/provisioning/{runId}</c> shows it. <see cref="Status"/>: <c>running</c>,
/// <c>succeeded</c>, <c>failed</c> (see <see cref="Error"/>; retry or roll back), <c>rolling_back</c>, <c>rolled_back</c>,
/// <c>rollback_failed</c>. <see cref="Result"/> is there once the run succeeded. <see cref="Generation"/> counts retries and
/// rollbacks (the Functions host names each orchestration after run and generation).
/// </summary>
public sealed record ProvisioningRun(
    Guid Id,
    string Status,
    Guid TenantId,
    string Name,
    int Generation,
    IReadOnlyList<ProvisioningStepView> Steps,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    ProvisioningResult? Result)
{
    /// <summary>Steps finished, for progress (<c>3/11</c>).</summary>
    public int StepsDone => Steps.Count(s => s.State == StepStates.Succeeded);
}

/// <summary>One step: its state (<c>pending</c>, <c>running</c>, <c>succeeded</c>, <c>failed</c>, <c>compensated</c>), what it created, its last error.</summary>
public sealed record ProvisioningStepView(string Name, string State, int Attempts, StepOutput? Created, string? Error,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt);

/// <summary>
/// What a finished run produced. <see cref="TenantApiKey"/> is shown on the first read only; after that it is null and
/// <see cref="TenantApiKeyShown"/> is true.
/// </summary>
public sealed record ProvisioningResult(Guid TenantId, long AccountId, string WebhookUrl, long BotId, IReadOnlyList<ProvisionedProject> Projects,
    string? PortalSlug, string? TenantApiKey, bool TenantApiKeyShown);

/// <summary>A provisioned project; for a web widget, its <see cref="WebsiteToken"/> and the script tag to paste into the site.</summary>
public sealed record ProvisionedProject(Guid Id, string Name, long InboxId, string Channel, string? WebsiteToken, string? WidgetSnippet);

/// <summary>The step states, as stored.</summary>
public static class StepStates
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Compensated = "compensated";
}

/// <summary>The run states, as stored.</summary>
public static class RunStates
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string RollingBack = "rolling_back";
    public const string RolledBack = "rolled_back";
    public const string RollbackFailed = "rollback_failed";
}
