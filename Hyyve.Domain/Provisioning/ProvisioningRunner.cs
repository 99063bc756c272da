using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Provisioning;

/// <summary>
/// Runs one step of a run, under the run's lock, for either host: forward (the first unfinished step) while the run is
/// <c>running</c>, backward (the last step not yet undone) while it is <c>rolling_back</c>. The step's output and the
/// next step's job are committed together; a crash before that commit repeats the step, which then looks first.
/// A permanent failure stops the run with the step's name and Chatwoot's answer; any other failure is thrown, for the
/// job queue or the orchestration to retry with backoff.
/// </summary>
public sealed class ProvisioningRunner
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ProvisioningRunStore _store;
    private readonly ProvisioningSteps _steps;
    private readonly ProvisioningCompensations _compensations;
    private readonly ProvisioningFinisher _finisher;
    private readonly IProvisioningContinuation _continuation;
    private readonly ChatwootOptions _options;
    private readonly ILogger<ProvisioningRunner> _logger;

    internal ProvisioningRunner(NpgsqlDataSource dataSource, ProvisioningRunStore store, ProvisioningSteps steps,
        ProvisioningCompensations compensations, ProvisioningFinisher finisher, IProvisioningContinuation continuation,
        IOptions<ChatwootOptions> options, ILogger<ProvisioningRunner> logger)
    {
        (_dataSource, _store, _steps, _compensations, _finisher, _continuation, _options, _logger) =
            (dataSource, store, steps, compensations, finisher, continuation, options.Value, logger);
    }

    public async Task<StepAdvance> AdvanceAsync(Guid runId, CancellationToken cancellationToken)
    {
        var connection = await RunLock.TryHoldAsync(_dataSource, runId, cancellationToken)
                         ?? throw new RunBusyException(runId);
        try
        {
            var run = await _store.FindAsync(runId, cancellationToken, connection)
                      ?? throw new Errors.NotFoundException($"Provisioning run {runId} was not found.");
            return run.Status switch
            {
                RunStates.Running => await ForwardAsync(connection, run, cancellationToken),
                RunStates.RollingBack => await BackwardAsync(connection, run, cancellationToken),
                _ => Advance(run, run.Status, null, done: true, run.Error),
            };
        }
        finally
        {
            await RunLock.ReleaseAsync(connection, runId);
            await connection.DisposeAsync();
        }
    }

    /// <summary>Stops a run whose step ran out of retries: a running run fails, a rollback becomes rollback_failed.</summary>
    public async Task GiveUpAsync(Guid runId, string error, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var run = await _store.FindAsync(runId, cancellationToken, connection);
        var step = run?.Status == RunStates.RollingBack ? NextToUndo(run) : run?.Steps.FirstOrDefault(s => s.State != StepStates.Succeeded);
        if (run is null || step is null || run.Status is not (RunStates.Running or RunStates.RollingBack))
        {
            return;
        }

        var status = run.Status == RunStates.Running ? RunStates.Failed : RunStates.RollbackFailed;
        var message = $"Step {step.Name} gave up after its retries: {error}";
        await RunLedger.FailStepAsync(connection, runId, step.Position, message, status, cancellationToken);
        ProvisioningLog.RunStopped(_logger, runId, status, message);
    }

    private async Task<StepAdvance> ForwardAsync(NpgsqlConnection connection, RunRecord run, CancellationToken ct)
    {
        var plan = ProvisioningPlan.For(run.Request);
        var record = run.Steps.First(s => s.State != StepStates.Succeeded);
        var step = plan[record.Position];
        var attempts = await RunLedger.MarkAttemptAsync(connection, run.Id, step.Position, ct);
        StepOutput output;
        try
        {
            output = await _steps.RunAsync(run, step, Platform(run), lookFirst: attempts > 1, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return await FailAsync(connection, run, step, ex, RunStates.Failed, ct);
        }

        var last = step.Position == plan.Count - 1;
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await RunLedger.SetStepAsync(transaction, run.Id, step.Position, StepStates.Succeeded, output, ct);
        if (last)
        {
            await _finisher.FinishAsync(transaction, run, ct);
        }
        else
        {
            await _continuation.ScheduleAsync(new ProvisioningStepJob(run.Id, run.Generation, step.Position + 1), transaction, ct);
        }

        await transaction.CommitAsync(ct);
        ProvisioningLog.StepDone(_logger, run.Id, step.Name, step.Position + 1, plan.Count);
        return last ? Advance(run, RunStates.Succeeded, step.Name, done: true, null, plan.Count)
            : Advance(run, RunStates.Running, step.Name, done: false, null, step.Position + 1);
    }

    private async Task<StepAdvance> BackwardAsync(NpgsqlConnection connection, RunRecord run, CancellationToken ct)
    {
        var plan = ProvisioningPlan.For(run.Request);
        var record = NextToUndo(run);
        if (record is null)
        {
            await using var done = await connection.BeginTransactionAsync(ct);
            await RunLedger.SetRunAsync(done, run.Id, RunStates.RolledBack, null, ct);
            await done.CommitAsync(ct);
            ProvisioningLog.RunFinished(_logger, run.Id, RunStates.RolledBack);
            return Advance(run, RunStates.RolledBack, null, done: true, null);
        }

        var step = plan[record.Position];
        try
        {
            await _compensations.UndoAsync(run, step, record, Platform(run), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return await FailAsync(connection, run, step, ex, RunStates.RollbackFailed, ct);
        }

        await using var transaction = await connection.BeginTransactionAsync(ct);
        await RunLedger.SetStepAsync(transaction, run.Id, step.Position, StepStates.Compensated, null, ct);
        await _continuation.ScheduleAsync(new ProvisioningStepJob(run.Id, run.Generation, step.Position), transaction, ct);
        await transaction.CommitAsync(ct);
        return Advance(run, RunStates.RollingBack, step.Name, done: false, null);
    }

    private async Task<StepAdvance> FailAsync(NpgsqlConnection connection, RunRecord run, PlannedStep step, Exception ex, string stopAs,
        CancellationToken ct)
    {
        if (!StepFailures.IsPermanent(ex))
        {
            ProvisioningLog.StepRetrying(_logger, ex, run.Id, step.Name);
            await RunLedger.FailStepAsync(connection, run.Id, step.Position, $"Step {step.Name} will be retried: {ex.Message}", null, CancellationToken.None);
            throw new StepRetryException(run.Id, step.Name, ex);
        }

        var message = $"Step {step.Name} failed: {ex.Message}";
        await RunLedger.FailStepAsync(connection, run.Id, step.Position, message, stopAs, CancellationToken.None);
        ProvisioningLog.RunStopped(_logger, run.Id, stopAs, message);
        return Advance(run, stopAs, step.Name, done: true, message);
    }

    /// <summary>The last step not yet undone that made anything: it succeeded, or at least one attempt reached Chatwoot.</summary>
    private static StepRecord? NextToUndo(RunRecord run) =>
        run.Steps.Where(s => s.State != StepStates.Compensated && (s.State == StepStates.Succeeded || s.Attempts > 0)).MaxBy(s => s.Position);

    /// <summary>The installation's platform app: the token the request brought, or <c>Chatwoot__PlatformToken</c>.</summary>
    private ChatwootPlatform Platform(RunRecord run) => new(run.ChatwootBaseUrl, run.PlatformToken ?? _options.PlatformToken
        ?? throw new Errors.ValidationFailedException("platformToken", "No platform token: set Chatwoot__PlatformToken or send platformToken."));

    private static StepAdvance Advance(RunRecord run, string status, string? step, bool done, string? error, int? stepsDone = null) =>
        new(run.Id, status, step, done, stepsDone ?? run.Steps.Count(s => s.State == StepStates.Succeeded), run.Steps.Count, error);
}
