using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Provisioning;

/// <summary>Provisioning's log events.</summary>
internal static partial class ProvisioningLog
{
    [LoggerMessage(9500, LogLevel.Warning,
        "Chatwoot has no Platform API account index, so tenant {TenantId}'s account step cannot look for an account an interrupted attempt created")]
    public static partial void AccountIndexMissing(ILogger logger, Guid tenantId);

    [LoggerMessage(9501, LogLevel.Information, "Provisioning run {RunId}: step {Step} done ({Done}/{Total})")]
    public static partial void StepDone(ILogger logger, Guid runId, string step, int done, int total);

    [LoggerMessage(9502, LogLevel.Warning, "Provisioning run {RunId}: step {Step} failed and will be retried")]
    public static partial void StepRetrying(ILogger logger, Exception exception, Guid runId, string step);

    [LoggerMessage(9503, LogLevel.Warning, "Provisioning run {RunId} stopped as {Status}: {Error}")]
    public static partial void RunStopped(ILogger logger, Guid runId, string status, string error);

    [LoggerMessage(9504, LogLevel.Information, "Provisioning run {RunId} finished as {Status}")]
    public static partial void RunFinished(ILogger logger, Guid runId, string status);
}
