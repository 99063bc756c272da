using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hyyve.Eval;

/// <summary>How much knowledge was loaded and how long it took until every document was indexed.</summary>
public sealed record LoadOutcome(int Documents, int Chunks, double Seconds)
{
    /// <summary>Documents and chunks indexed per second of wall time, upload to the last document indexed.</summary>
    public double DocumentsPerSecond => Seconds <= 0 ? 0 : Documents / Seconds;

    public double ChunksPerSecond => Seconds <= 0 ? 0 : Chunks / Seconds;
}

/// <summary>
/// Loads knowledge through <c>POST /documents</c> in batches, then follows <c>GET /documents</c> until no document is
/// queued, so the time covers queued (background) indexing as well as the synchronous kind.
/// </summary>
public static class KnowledgeLoader
{
    private const int UploadBatch = 200;
    private static readonly TimeSpan IndexingTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Whether the server embeds chunks (unset <c>Knowledge__EmbeddingProvider</c> means the local model).</summary>
    private static bool EmbeddingsOn => !string.Equals(Environment.GetEnvironmentVariable("Knowledge__EmbeddingProvider"), "none", StringComparison.OrdinalIgnoreCase);

    public static async Task<LoadOutcome> LoadAsync(EvalEnvironment env, IReadOnlyList<object> documents, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        foreach (var batch in documents.Chunk(UploadBatch))
        {
            using var response = await env.Client.PostAsJsonAsync($"{env.ProjectPath}/documents", new { documents = batch }, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"POST /documents answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        while (true)
        {
            var listing = await env.Client.GetFromJsonAsync<JsonElement>($"{env.ProjectPath}/documents", cancellationToken);
            var failed = listing.GetProperty("failed").GetInt32();
            if (failed > 0)
            {
                throw new InvalidOperationException($"{failed} documents failed to index.");
            }

            // Embeddings follow the full-text index in a job; the knowledge is loaded when every chunk has its vector (or
            // the vector channel is off, when the listing reports none embedded and none expected).
            var embeddingDone = !listing.TryGetProperty("embeddedChunks", out var embedded) || !EmbeddingsOn
                || embedded.GetInt32() >= listing.GetProperty("chunks").GetInt32();
            if (listing.GetProperty("queued").GetInt32() == 0 && listing.GetProperty("indexed").GetInt32() >= documents.Count && embeddingDone)
            {
                clock.Stop();
                var chunks = listing.GetProperty("documents").EnumerateArray().Sum(d => d.GetProperty("chunks").GetInt32());
                return new LoadOutcome(documents.Count, chunks, clock.Elapsed.TotalSeconds);
            }

            if (clock.Elapsed > IndexingTimeout)
            {
                throw new TimeoutException($"Documents were still queued after {IndexingTimeout}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
