namespace Hyyve.Eval;

/// <summary>What one evaluation run reads and writes.</summary>
public sealed record EvalSettings(DirectoryInfo Data, int? Limit, FileInfo Output, string? Connection);
