using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hyyve.Eval;

/// <summary>
/// Loads knowledge through <c>POST /documents</c> in batches, then follows <c>GET /documents</c> until every document is
/// indexed and, when the listing reports <c>embeddedChunks</c>, every chunk embedded: the time covers queued (background)
/// indexing and embedding as well as the synchronous kind, and no question is asked before the index is complete.
/// </summary>
public static class KnowledgeLoader
{
    private const int UploadBatch = 200;
    private static readonly TimeSpan IndexingTimeout = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan EmbeddingStartGrace = TimeSpan.FromSeconds(15);

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

        var lastChange = clock.Elapsed;
        (int Indexed, int? Embedded)? lastState = null;
        while (true)
        {
            var listing = await env.Client.GetFromJsonAsync<JsonElement>($"{env.ProjectPath}/documents", cancellationToken);
            var failed = listing.GetProperty("failed").GetInt32();
            if (failed > 0)
            {
                throw new InvalidOperationException($"{failed} documents failed to index.");
            }

            var total = listing.GetProperty("total").GetInt32();
            var state = (Indexed: listing.GetProperty("indexed").GetInt32(),
                Embedded: listing.TryGetProperty("embeddedChunks", out var embedded) ? embedded.GetInt32() : (int?)null);
            var chunks = listing.TryGetProperty("chunks", out var chunkCount) && chunkCount.ValueKind == JsonValueKind.Number
                ? chunkCount.GetInt32()
                : listing.GetProperty("documents").EnumerateArray().Sum(d => d.GetProperty("chunks").GetInt32());
            if (state != lastState)
            {
                (lastState, lastChange) = (state, clock.Elapsed);
            }

            // Every listed document indexed (any other status is still work) and, where the listing reports vectors,
            // every chunk embedded. A listing whose vectors stay at 0 long after indexing has embedding turned off:
            // the load then ended at its last change, so the wait for that verdict is not counted.
            if (state.Indexed == total && (state.Embedded is null || state.Embedded >= chunks))
            {
                return new LoadOutcome(total, chunks, clock.Elapsed.TotalSeconds) { EmbeddedChunks = state.Embedded };
            }

            if (state.Indexed == total && state.Embedded == 0 && clock.Elapsed - lastChange > EmbeddingStartGrace)
            {
                return new LoadOutcome(total, chunks, lastChange.TotalSeconds) { EmbeddedChunks = 0 };
            }

            if (clock.Elapsed > IndexingTimeout)
            {
                throw new TimeoutException($"Documents were still not all indexed and embedded after {IndexingTimeout}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
