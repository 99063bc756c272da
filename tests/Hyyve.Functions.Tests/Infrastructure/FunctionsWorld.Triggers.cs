using Hyyve.Domain.Jobs;
using Hyyve.Functions.Chatwoot;
using Hyyve.Functions.Reconciliation;
using Microsoft.Extensions.DependencyInjection;

namespace Hyyve.Functions.Tests.Infrastructure;

/// <summary>The non-HTTP triggers, invoked as the runtime would: one function instance per invocation, from a fresh scope.</summary>
public sealed partial class FunctionsWorld
{
    /// <summary>Runs <see cref="AnswerWorker"/> on one queue message; returns what its poison output binding writes.</summary>
    public async Task<string?> RunAnswerWorkerAsync(string message, long dequeueCount = 1)
    {
        await using var scope = Functions.Services.CreateAsyncScope();
        var worker = FunctionsHost.Activate<AnswerWorker>(scope.ServiceProvider);
        var context = TestFunctionContext.ForQueue(scope.ServiceProvider, nameof(AnswerWorker), dequeueCount);
        return await worker.RunAsync(message, context, CancellationToken.None);
    }

    /// <summary>Drains <c>chatwoot-events</c> through <see cref="AnswerWorker"/> (and the echoes' jobs, if any) until it is empty.</summary>
    public async Task<int> RunAnswerQueueAsync()
    {
        var ran = 0;
        for (var round = 0; round < 10 && Queues.Count(JobKinds.AnswerMessage) > 0; round++)
        {
            foreach (var message in Queues.Drain(JobKinds.AnswerMessage))
            {
                if (await RunAnswerWorkerAsync(message) is { } poison)
                {
                    Queues.Write(JobKinds.AnswerMessagePoison, [poison]);
                }

                ran++;
            }

            await DeliveredAsync();
        }

        return ran;
    }

    public async Task RunAnswerPoisonWorkerAsync(string message)
    {
        await using var scope = Functions.Services.CreateAsyncScope();
        await FunctionsHost.Activate<AnswerPoisonWorker>(scope.ServiceProvider).RunAsync(message, CancellationToken.None);
    }

    /// <summary>One tick of the <c>ReconcileAnswers</c> timer; returns what its queue output writes.</summary>
    public async Task<string[]?> RunReconcilerAsync()
    {
        await using var scope = Functions.Services.CreateAsyncScope();
        return await FunctionsHost.Activate<ReconcileAnswers>(scope.ServiceProvider)
            .RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
    }
}
