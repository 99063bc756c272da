using Microsoft.Extensions.AI;
using OpenAI.Embeddings;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> over the <c>OpenAI</c> package's embedding client, for any
/// OpenAI-compatible endpoint (OpenAI, Azure OpenAI v1, Ollama, vLLM).
/// </summary>
public sealed class OpenAIEmbeddingGenerator(EmbeddingClient client) : IEmbeddingGenerator<string, Embedding<float>>
{
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
        Microsoft.Extensions.AI.EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = await client.GenerateEmbeddingsAsync(values, cancellationToken: cancellationToken);
        return new GeneratedEmbeddings<Embedding<float>>(result.Value.Select(e => new Embedding<float>(e.ToFloats())));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
