using Hyyve.Domain.Errors;
using Hyyve.Domain.Tenancy;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>What the sync routes of both hosts call: start a run now, list runs, read one, set the project's schedule.</summary>
public sealed class SyncRequests(NpgsqlDataSource dataSource, SyncQueue queue, SyncRunStore runs, IOptions<HelpCenterSyncOptions> options,
    TimeProvider time)
{
    public const int MaxListed = 100;

    /// <summary>How many runs <c>?limit=</c> may ask for.</summary>
    public static readonly IntegerQuery Limit = new("limit", 1, MaxListed);

    /// <summary>Queues a run now, or returns the one already queued or running (<c>Created</c> false).</summary>
    public async Task<(SyncRun Run, bool Created)> StartAsync(Project project, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(project.PortalSlug))
        {
            throw new ValidationFailedException("portalSlug",
                $"Project {project.Id} names no Help Center portal; connect it again with projects[].portalSlug to sync its articles.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var queued = await queue.EnqueueAsync(project.Id, SyncTrigger.Manual, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return queued;
    }

    public async Task<SyncListing> ListAsync(Project project, int? limit, CancellationToken cancellationToken)
    {
        Limit.Check(limit);
        var list = await runs.ListAsync(project.Id, limit ?? 20, cancellationToken);
        return new SyncListing(project.PortalSlug, project.Locale, await ReadScheduleAsync(project, cancellationToken), list);
    }

    public async Task<SyncRun> GetAsync(Project project, Guid runId, CancellationToken cancellationToken) =>
        await runs.FindAsync(project.Id, runId, cancellationToken)
        ?? throw new NotFoundException($"Sync run {runId} was not found in project {project.Id}.");

    /// <summary>Sets (or with null clears, back to the default) the project's schedule; the next run moves to its next occurrence.</summary>
    public async Task<SyncScheduleView> SetScheduleAsync(Project project, SyncScheduleRequest? request, CancellationToken cancellationToken)
    {
        request = RequestProblems.RequireBody(request);
        var expression = string.IsNullOrWhiteSpace(request.Schedule) ? null : request.Schedule.Trim();
        if (expression is not null && !SyncSchedule.IsValid(expression))
        {
            throw new ValidationFailedException("schedule",
                $"\"{expression}\" is not a six-field NCRONTAB expression ({{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}, e.g. \"0 */15 * * * *\").");
        }

        var next = SyncSchedule.Next(expression ?? options.Value.DefaultSchedule, time.GetUtcNow());
        await using var command = dataSource.CreateCommand("""
            INSERT INTO hyyve.sync_state (project_id, schedule, next_run_at) VALUES (@project_id, @schedule, @next)
            ON CONFLICT (project_id) DO UPDATE SET schedule = excluded.schedule, next_run_at = excluded.next_run_at, updated_at = now()
            """);
        command.Parameters.AddWithValue("project_id", project.Id);
        command.Parameters.Add(new NpgsqlParameter("schedule", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)expression ?? DBNull.Value });
        command.Parameters.AddWithValue("next", next);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new SyncScheduleView(expression ?? options.Value.DefaultSchedule, expression is null, next);
    }

    private async Task<SyncScheduleView> ReadScheduleAsync(Project project, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT schedule, next_run_at FROM hyyve.sync_state WHERE project_id = @project_id");
        command.Parameters.AddWithValue("project_id", project.Id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = await reader.ReadAsync(cancellationToken);
        var expression = found && !reader.IsDBNull(0) ? reader.GetString(0) : null;
        DateTimeOffset? next = found ? reader.GetFieldValue<DateTimeOffset>(1) : null;
        return new SyncScheduleView(expression ?? options.Value.DefaultSchedule, expression is null, project.PortalSlug is null ? null : next);
    }
}
