namespace Hyyve.FakeChatwoot.Http;

/// <summary>The article status enum: strings and 0/1/2 both work.</summary>
internal static class ArticleStatus
{
    public static string? Parse(string? value) => value switch
    {
        "draft" or "0" => "draft",
        "published" or "1" => "published",
        "archived" or "2" => "archived",
        _ => null,
    };
}
