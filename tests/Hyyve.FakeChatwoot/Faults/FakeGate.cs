namespace Hyyve.FakeChatwoot;

/// <summary>Holds the requests of a <see cref="FakeFault.Hold"/> fault until opened, so a test can know exactly which
/// calls are in flight (e.g. when it kills the client).</summary>
public sealed class FakeGate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting;

    /// <summary>Requests waiting at the gate now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public void Open() => _open.TrySetResult();

    internal async Task PassAsync()
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _open.Task;
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }
}
