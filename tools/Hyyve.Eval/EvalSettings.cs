namespace Hyyve.Eval;

/// <summary>What one evaluation run reads and writes. <see cref="Set"/> names the case file of a help center (<c>dev</c> or <c>test</c>).
/// <see cref="Overrides"/> are server settings for this run only (tests use them; the command line uses the environment).</summary>
public sealed record EvalSettings(DirectoryInfo Data, int? Limit, FileInfo Output, string? Connection, string Set = "dev",
    IReadOnlyDictionary<string, string?>? Overrides = null, bool Warm = false);
