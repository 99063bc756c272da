using Hyyve.Domain.Jobs;

namespace Hyyve.Domain.Knowledge.Embeddings;

/// <summary>
/// Embeds a project's chunks that have no vector yet, a page at a time, each page committed on its own: the listing
/// shows progress (<c>embeddedChunks</c>), a retry or a restart resumes with what is left, and two workers on the same
/// project share the work (<c>SKIP LOCKED</c>) instead of embedding a chunk twice.
/// </summary>
internal sealed class EmbedChunksJobHandler(ChunkVectorWriter writer, ChunkEmbedder embedder) : IJobHandler
{
    public string Kind => JobKinds.EmbedChunks;

    public async Task HandleAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        var payload = job.Read(KnowledgeJsonContext.Default.EmbedChunksJob);
        if (!embedder.IsEnabled)
        {
            return;
        }

        await writer.EmbedAllAsync(payload.ProjectId, cancellationToken);
    }

    public Task OnDeadLetteredAsync(LeasedJob job, string error, CancellationToken cancellationToken) => Task.CompletedTask;
}
