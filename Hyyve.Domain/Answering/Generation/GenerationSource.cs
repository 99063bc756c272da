namespace Hyyve.Domain.Answering.Generation;

/// <summary>One retrieved source shown to the model as <c>[N] Title</c> followed by <see cref="Text"/>; the answer cites it as [N].</summary>
public sealed record GenerationSource(int N, string ExternalId, string Title, string? Url, string Text);
