namespace Hyyve.Domain.Answering.Curated;

/// <summary>An answer written by an agent: <c>pending</c> until approved, served when <c>approved</c>, kept when <c>retired</c>.</summary>
public sealed record CuratedAnswer(Guid Id, string Question, string Answer, string Status, Guid? SourceAnswerId, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record CuratedAnswerList(IReadOnlyList<CuratedAnswer> Items);

/// <summary>Body of <c>POST …/curated-answers</c>.</summary>
public sealed record NewCuratedAnswer(string? Question, string? Answer);

/// <summary>Body of <c>PATCH …/curated-answers/{id}</c>: any of the three.</summary>
public sealed record CuratedAnswerChange(string? Question, string? Answer, string? Status);

/// <summary>Names shared by the store and the matcher.</summary>
public static class CuratedAnswerNames
{
    public const string Model = "curated";
    public const string CitationTitle = "Curated answer";
    public const string ExternalIdPrefix = "curated:";
    public const int MaxChars = 20_000;
    public static readonly string[] Statuses = ["pending", "approved", "retired"];
}
