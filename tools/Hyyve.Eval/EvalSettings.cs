namespace Hyyve.Eval;

/// <summary>What one evaluation run reads and writes. <see cref="Set"/> names the case file of a help center (<c>dev</c> or <c>test</c>).</summary>
public sealed record EvalSettings(DirectoryInfo Data, int? Limit, FileInfo Output, string? Connection, string Set = "dev");
