namespace Hyyve.Domain.Knowledge;

/// <summary>Weights of the fused ranking (section <c>Knowledge:Fusion</c>); see <see cref="KnowledgeOptions.Fusion"/>.</summary>
public sealed class FusionWeights
{
    public double Similarity { get; set; } = 5.232;

    public double Coverage { get; set; } = 2.648;

    public double LexicalRank { get; set; } = 2.525;

    public double SemanticRank { get; set; } = 2.381;

    public double Score(double similarity, double coverage, int? lexicalRank, int? semanticRank) =>
        Similarity * similarity + Coverage * coverage
        + LexicalRank * (lexicalRank is { } l ? 1.0 / (1 + l) : 0)
        + SemanticRank * (semanticRank is { } s ? 1.0 / (1 + s) : 0);
}
