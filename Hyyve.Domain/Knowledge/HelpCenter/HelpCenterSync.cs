using System.Diagnostics;
using Hyyve.Domain.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// Runs one recorded sync of a project's Help Center into its knowledge: one run at a time per project (an advisory lock),
/// incremental from the last successful run's watermark, swept when the portal is small, the counts disagree or a day has
/// passed. A portal that cannot be read as configured (401, 404) fails the run with what to fix; anything else is thrown
/// for the job to retry, and a repeated attempt starts the run over, which is safe because unchanged articles are skipped.
/// </summary>
public sealed class HelpCenterSync(
    NpgsqlDataSource dataSource,
    ProjectStore projects,
    TenantStore tenants,
    HelpCenterClient client,
    HelpCenterIndex index,
    TextChunker chunker,
    SyncRunStore runs,
    IOptions<HelpCenterSyncOptions> options,
    IOptions<KnowledgeOptions> knowledge,
    TimeProvider time,
    ILogger<HelpCenterSync> logger)
{
    public async Task RunAsync(Guid projectId, Guid runId, CancellationToken cancellationToken)
    {
        if (await projects.FindProjectAsync(projectId, cancellationToken) is not { } project)
        {
            return; // The project was deleted, and its runs with it.
        }

        await using var held = await SyncLock.TryHoldRunningAsync(dataSource, projectId, cancellationToken);
        var (watermark, lastSweep) = await runs.ReadHistoryAsync(projectId, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        if (held is null)
        {
            HelpCenterLog.RunSkipped(logger, projectId, runId);
            await runs.FinishAsync(runId, SyncRunStatus.Skipped, SyncCounts.None, [], "Another sync of this project was running.",
                false, watermark, 0, cancellationToken);
            return;
        }

        if (!await runs.StartAsync(runId, watermark, cancellationToken))
        {
            return; // Finished by an earlier attempt whose job outcome was not recorded.
        }

        SyncPass? pass = null;
        try
        {
            pass = await PrepareAsync(project, runId, watermark, lastSweep, cancellationToken);
            var result = await pass.RunAsync(cancellationToken);
            await index.AnalyzeIfManyAsync(pass.Tally.ChunksWritten, cancellationToken);
            await FinishAsync(project, runId, SyncRunStatus.Succeeded, pass.Tally, null, result.FullSweep, result.Watermark, started,
                cancellationToken);
        }
        catch (HelpCenterConfigurationException ex)
        {
            HelpCenterLog.RunFailed(logger, ex, projectId, runId, ex.Message);
            await FinishAsync(project, runId, SyncRunStatus.Failed, pass?.Tally, ex.Message, false, watermark, started, cancellationToken);
        }
    }

    private async Task<SyncPass> PrepareAsync(Project project, Guid runId, long? watermark, DateTimeOffset? lastSweep,
        CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(project.TenantId, cancellationToken) ?? throw new HelpCenterConfigurationException(
            $"Tenant {project.TenantId} is not connected to Chatwoot; connect it (POST /api/tenants/connect) before syncing.");
        var slug = project.PortalSlug ?? throw new HelpCenterConfigurationException(
            $"Project {project.Id} names no Help Center portal; connect it again with projects[].portalSlug.");
        var portal = await client.GetPortalAsync(tenant, slug, cancellationToken);
        var o = options.Value;
        var stored = await index.LoadHashesAsync(project.Id, cancellationToken);
        var sweep = watermark is null || lastSweep is null || time.GetUtcNow() - lastSweep >= o.FullSweepInterval;
        var threshold = watermark - (long)o.WatermarkOverlap.TotalSeconds;
        var context = new SyncPassContext(project.Id, runId, tenant, slug, project.Locale, PortalAddress.For(portal, tenant.BaseUrl),
            stored, watermark, threshold, sweep);
        return new SyncPass(context, new SyncPassServices(client, index, chunker, runs, o, knowledge.Value.MaxDocumentChars, logger));
    }

    private async Task FinishAsync(Project project, Guid runId, string status, SyncTally? tally, string? error, bool fullSweep,
        long? watermark, long started, CancellationToken cancellationToken)
    {
        var counts = tally?.Counts ?? SyncCounts.None;
        var duration = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await runs.FinishAsync(runId, status, counts, tally?.Failures ?? [], error, fullSweep, watermark, duration, cancellationToken);
        HelpCenterLog.RunFinished(logger, project.Id, runId, status, duration, counts.PagesRead, counts.Created, counts.Updated,
            counts.Deleted, counts.Unchanged, counts.Failed);
    }
}
