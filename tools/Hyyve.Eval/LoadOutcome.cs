namespace Hyyve.Eval;

/// <summary>How much knowledge was loaded and how long it took until every document was indexed.</summary>
public sealed record LoadOutcome(int Documents, int Chunks, double Seconds)
{
    /// <summary>Documents and chunks indexed per second of wall time, upload to the last document indexed.</summary>
    public double DocumentsPerSecond => Seconds <= 0 ? 0 : Documents / Seconds;

    public double ChunksPerSecond => Seconds <= 0 ? 0 : Chunks / Seconds;

    /// <summary>Chunks with a vector, when the documents listing reports it.</summary>
    public int? EmbeddedChunks { get; init; }

    public override string ToString() =>
        $"{Documents} documents ({Chunks} chunks{(EmbeddedChunks is { } e ? $", {e} embedded" : "")}), all indexed in {Seconds:0.00} s";
}
