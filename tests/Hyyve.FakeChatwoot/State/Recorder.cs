namespace Hyyve.FakeChatwoot.State;

/// <summary>Append-only logs of API requests and webhook attempts, with a signal for waiters.</summary>
internal sealed class Recorder
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RecordedDelivery> _deliveries = [];

    /// <summary>Raised after anything observable changes, so waiters re-check their condition.</summary>
    public event Action? Changed;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) { return [.. _requests]; } }
    }

    public IReadOnlyList<RecordedDelivery> Deliveries
    {
        get { lock (_gate) { return [.. _deliveries]; } }
    }

    public void Add(RecordedRequest request)
    {
        lock (_gate) { _requests.Add(request); }
        NotifyChanged();
    }

    public void Add(RecordedDelivery delivery)
    {
        lock (_gate) { _deliveries.Add(delivery); }
        NotifyChanged();
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
            _deliveries.Clear();
        }
    }

    public void NotifyChanged() => Changed?.Invoke();
}
