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

            var total = listing.GetProperty("total").GetInt32();
            var state = (Indexed: listing.GetProperty("indexed").GetInt32(),
                Embedded: listing.TryGetProperty("embeddedChunks", out var embedded) ? embedded.GetInt32() : (int?)null);
            var chunks = listing.TryGetProperty("chunks", out var chunkCount) && chunkCount.ValueKind == JsonValueKind.Number
                ? chunkCount.GetInt32()
                : listing.GetProperty("documents").EnumerateArray().Sum(d => d.GetProperty("chunks").GetInt32());
            // Every listed document indexed (any other status is still work) and the embedding job done (or off).
            var embedding = listing.TryGetProperty("embedding", out var e) ? e.GetString() : null;
            if (state.Indexed == total && embedding is null or "off" or "done")
            {
                return new LoadOutcome(total, chunks, clock.Elapsed.TotalSeconds) { EmbeddedChunks = state.Embedded };
            }

            if (clock.Elapsed > IndexingTimeout)
            {
                throw new TimeoutException($"Documents were still not all indexed and embedded after {IndexingTimeout}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
