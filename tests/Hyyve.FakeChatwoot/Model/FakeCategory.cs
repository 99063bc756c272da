namespace Hyyve.FakeChatwoot;

/// <summary>A Help Center category inside a portal.</summary>
public sealed class FakeCategory
{
    public required int Id { get; init; }
    public required int AccountId { get; init; }
    public required int PortalId { get; init; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public required string Locale { get; init; }
    public string? Description { get; set; }
    public int? Position { get; set; }
    public string Icon { get; set; } = "";
    public string? IconColor { get; set; }
}
