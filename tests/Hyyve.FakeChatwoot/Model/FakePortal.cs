namespace Hyyve.FakeChatwoot;

/// <summary>A Help Center portal; API routes address it by <see cref="Slug"/>.</summary>
public sealed class FakePortal
{
    public required int Id { get; init; }
    public required int AccountId { get; init; }
    public required string Name { get; set; }
    public required string Slug { get; init; }
    public string? Color { get; set; }
    public string? HeaderText { get; set; }
    public string? HomepageLink { get; set; }
    public string? PageTitle { get; set; }
    public string? CustomDomain { get; set; }
    public bool Archived { get; set; }
    public string DefaultLocale { get; set; } = "en";
    public IReadOnlyList<string> AllowedLocales { get; set; } = ["en"];
    public int? InboxId { get; set; }
}
