namespace Hyyve.Domain.AgentConsole;

/// <summary>A source an answer retrieved: its rank, score, whether the answer cites it, and its kind
/// (<c>document</c>, or <c>curated</c> for a curated answer).</summary>
public sealed record ConsoleSource(int Rank, string Title, string? Url, double Score, bool Cited, Guid ChunkId, string Kind);
