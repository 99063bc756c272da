using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hyyve.Eval;

/// <summary>
/// Loads knowledge through <c>POST /documents</c> in batches, then follows <c>GET /documents</c> until every document is
/// indexed, so the time covers queued (background) indexing as well as the synchronous kind.
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

            // Every listed document indexed: a status other than "indexed" (queued, or any later stage) is still work.
            if (listing.GetProperty("indexed").GetInt32() == listing.GetProperty("total").GetInt32())
            {
                clock.Stop();
                var chunks = listing.GetProperty("documents").EnumerateArray().Sum(d => d.GetProperty("chunks").GetInt32());
                return new LoadOutcome(listing.GetProperty("total").GetInt32(), chunks, clock.Elapsed.TotalSeconds);
            }

            if (clock.Elapsed > IndexingTimeout)
            {
                throw new TimeoutException($"Documents were still not all indexed after {IndexingTimeout}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
