using System.Diagnostics;
using Hyyve.Domain.Knowledge;

namespace Hyyve.Benchmarks;

/// <summary>
/// The vector channel's in-process scan as a project grows: one project's snapshot of N chunk vectors (random unit
/// vectors, two chunks per document), ranked for the best 30 documents, 200 times. The pair of local models (768
/// dimensions) next to arctic alone (384), the baseline, at the same sizes.
/// </summary>
internal static class VectorBenchmark
{
    private const int Queries = 200;
    private static readonly int[] Sizes = [5_000, 20_000, 50_000];

    public static Task RunAsync()
    {
        var table = new Table("Vector ranking of one project (best 30 documents): ms per query",
            "chunks", "arctic alone (384) p50", "p95", "pair (768) p50", "p95", "pair / arctic at p50");
        foreach (var size in Sizes)
        {
            var (alone50, alone95) = Measure(size, 384);
            var (pair50, pair95) = Measure(size, 768);
            table.Add(size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), alone50, alone95, pair50, pair95, pair50 / alone50);
        }

        table.Print();
        return Task.CompletedTask;
    }

    private static (double P50, double P95) Measure(int chunks, int dimensions)
    {
        var random = new Random(chunks + dimensions);
        var builder = new VectorSnapshot.Builder();
        for (var i = 0; i < chunks; i++)
        {
            builder.Add(Guid.NewGuid(), $"doc-{i / 2}", null, Unit(random, dimensions));
        }

        var snapshot = builder.Build(1, DateTimeOffset.UtcNow);
        snapshot.Rank(Unit(random, dimensions), null, 30); // warm-up
        var times = new List<double>(Queries);
        for (var q = 0; q < Queries; q++)
        {
            var query = Unit(random, dimensions);
            var started = Stopwatch.GetTimestamp();
            snapshot.Rank(query, null, 30);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return (Stats.Percentile(times, 50), Stats.Percentile(times, 95));
    }

    private static float[] Unit(Random random, int dimensions)
    {
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = (float)(random.NextDouble() * 2 - 1);
        }

        return VectorIndex.Normalize(vector);
    }
}
