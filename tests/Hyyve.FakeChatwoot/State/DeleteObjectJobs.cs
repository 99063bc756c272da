namespace Hyyve.FakeChatwoot.State;

/// <summary>
/// Chatwoot's <c>DeleteObjectJob.perform_later</c>: the request answers 200 at once and the record disappears after
/// <see cref="FakeChatwootOptions.DeleteJobDelay"/>, so a client that reads straight after a delete still finds it.
/// </summary>
internal sealed class DeleteObjectJobs(FakeStore store, Recorder recorder, FakeChatwootOptions options)
{
    private int _pending;

    /// <summary>Deletions accepted but not yet carried out.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public void Enqueue(Action<Deleter> delete, Deleter deleter)
    {
        Interlocked.Increment(ref _pending);
        _ = RunAsync(delete, deleter);
    }

    private async Task RunAsync(Action<Deleter> delete, Deleter deleter)
    {
        try
        {
            await Task.Delay(options.DeleteJobDelay, store.Time);
            lock (store.Gate)
            {
                delete(deleter);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
            recorder.NotifyChanged();
        }
    }
}
