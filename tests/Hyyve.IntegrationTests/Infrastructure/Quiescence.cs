using Hyyve.FakeChatwoot;

namespace Hyyve.IntegrationTests.Infrastructure;

/// <summary>
/// The bot loop is quiet when the fake Chatwoot has no webhook in flight and Hyyve's job queue has nothing ready or
/// running. Every step of the loop keeps one of the two busy until it has caused the next (a job is running while it
/// posts; the fake enqueues the echo before it answers the post; intake queues its job before it answers the webhook),
/// so both idle, with no delivery started between the two looks, means nothing more will happen.
/// </summary>
public static class Quiescence
{
    public static Task WaitAsync(FakeChatwootServer chatwoot, Func<Task<bool>> queueIdle, TimeSpan timeout) =>
        Eventually.TrueAsync(async () =>
        {
            var started = chatwoot.DeliveriesStarted;
            return chatwoot.PendingDeliveries == 0
                && await queueIdle()
                && chatwoot.PendingDeliveries == 0
                && chatwoot.DeliveriesStarted == started;
        }, timeout, "the bot loop is quiescent (no webhook in flight, no job ready or running)");
}
