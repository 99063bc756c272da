namespace Hyyve.FakeChatwoot;

/// <summary>A clock tests move by hand (<see cref="FakeChatwootOptions.TimeProvider"/>), so two edits can be whole seconds apart
/// without waiting, as Chatwoot's second-resolution timestamps need.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public FakeClock() : this(TimeProvider.System.GetUtcNow())
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
