using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Errors;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Provisioning;

/// <summary>What the provisioning routes of both hosts call: start a run (once per <c>Idempotency-Key</c>), read it, resume
/// a failed run, or roll one back.</summary>
public sealed class ProvisioningRequests
{
    public const int MaxIdempotencyKeyLength = 200;

    private readonly NpgsqlDataSource _dataSource;
    private readonly ProvisioningRunStore _store;
    private readonly IProvisioningContinuation _continuation;
    private readonly ChatwootOptions _options;

    internal ProvisioningRequests(NpgsqlDataSource dataSource, ProvisioningRunStore store, IProvisioningContinuation continuation,
        IOptions<ChatwootOptions> options) =>
        (_dataSource, _store, _continuation, _options) = (dataSource, store, continuation, options.Value);

    /// <summary>Stores a new run and queues its first step, or returns the run of the same idempotency key (<c>Created</c> false).</summary>
    public async Task<(ProvisioningRun Run, bool Created)> StartAsync(ProvisionTenantRequest? request, string? idempotencyKey,
        Uri fallbackPublicBaseUrl, CancellationToken cancellationToken)
    {
        ProvisionRequestValidator.Validate(request);
        if (idempotencyKey is { Length: 0 or > MaxIdempotencyKeyLength })
        {
            throw new ValidationFailedException("Idempotency-Key", $"Idempotency-Key must have 1 to {MaxIdempotencyKeyLength} characters.");
        }

        var baseUrl = request!.ChatwootBaseUrl ?? _options.BaseUrl
                      ?? throw new ValidationFailedException("chatwootBaseUrl", "No Chatwoot installation: set Chatwoot__BaseUrl or send chatwootBaseUrl.");
        if (request.PlatformToken is null && string.IsNullOrWhiteSpace(_options.PlatformToken))
        {
            throw new ValidationFailedException("platformToken", "No platform app token: set Chatwoot__PlatformToken or send platformToken.");
        }

        var publicBase = _options.PublicBaseUrl is { Length: > 0 } configured ? new Uri(configured) : fallbackPublicBaseUrl;
        var plan = ProvisioningPlan.For(request);
        // The token is stored apart (encrypted), never inside the request JSON.
        var run = new RunRecord(Guid.CreateVersion7(), Guid.CreateVersion7(), RunStates.Running, 0, request with { PlatformToken = null },
            new Uri(baseUrl.TrimEnd('/') + "/"), request.PlatformToken, publicBase, null, false, false, default, default, null,
            [.. plan.Select(s => new StepRecord(s.Position, s.Name, StepStates.Pending, 0, null, null, null, null))]);

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (runId, created) = await _store.CreateAsync(run, idempotencyKey, transaction, cancellationToken);
        if (created)
        {
            await _continuation.ScheduleAsync(new ProvisioningStepJob(runId, 0, 0), transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (await GetAsync(runId, cancellationToken), created);
    }

    /// <summary>The run with its steps; once it succeeded, its result, with the tenant API key on the first read only.</summary>
    public async Task<ProvisioningRun> GetAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await FindAsync(runId, cancellationToken);
        var key = run.TenantApiKeyPending ? await _store.TakeTenantApiKeyAsync(runId, cancellationToken) : null;
        return RunView.Of(run, key);
    }

    /// <summary>Resumes a failed run at its failed step (nothing done twice: every step looks before it creates).</summary>
    public Task<ProvisioningRun> RetryAsync(Guid runId, CancellationToken cancellationToken) =>
        TransitionAsync(runId, [RunStates.Failed], RunStates.Running, run => run.Steps.First(s => s.State != StepStates.Succeeded).Position,
            "Only a failed run can be retried", cancellationToken);

    /// <summary>Undoes what a finished or failed run created, step by step in reverse.</summary>
    public Task<ProvisioningRun> RollbackAsync(Guid runId, CancellationToken cancellationToken) =>
        TransitionAsync(runId, [RunStates.Failed, RunStates.Succeeded, RunStates.RollbackFailed], RunStates.RollingBack,
            run => run.Steps.Count, "Only a failed or finished run can be rolled back", cancellationToken);

    private async Task<ProvisioningRun> TransitionAsync(Guid runId, string[] from, string to, Func<RunRecord, int> firstPosition,
        string refusal, CancellationToken cancellationToken)
    {
        var run = await FindAsync(runId, cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await RunLedger.TransitionAsync(transaction, runId, from, to, cancellationToken))
        {
            throw new ConflictException($"{refusal}; run {runId} is {(await FindAsync(runId, cancellationToken)).Status}.");
        }

        await _continuation.ScheduleAsync(new ProvisioningStepJob(runId, run.Generation + 1, firstPosition(run)), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(runId, cancellationToken);
    }

    private async Task<RunRecord> FindAsync(Guid runId, CancellationToken cancellationToken) =>
        await _store.FindAsync(runId, cancellationToken) ?? throw new NotFoundException($"Provisioning run {runId} was not found.");
}
