using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot;

/// <summary>
/// A Help Center article. <see cref="Status"/> is <c>draft</c>, <c>published</c> or <c>archived</c>. <see cref="DraftTitle"/> and
/// <see cref="DraftContent"/> hold edits staged on a published article (what customers see stays in Title and Content).
/// </summary>
public sealed class FakeArticle
{
    public required int Id { get; init; }
    public required int AccountId { get; init; }
    public required int PortalId { get; init; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string? Content { get; set; }
    public string? DraftTitle { get; set; }
    public string? DraftContent { get; set; }
    public string? Description { get; set; }
    public string Status { get; set; } = "draft";
    public int? Position { get; set; }
    public required string Locale { get; set; }
    public int? CategoryId { get; set; }
    public required int AuthorId { get; set; }
    public int Views { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    internal JsonObject Meta { get; set; } = [];
}
