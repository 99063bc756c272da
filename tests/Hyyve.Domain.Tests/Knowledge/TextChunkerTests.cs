using Hyyve.Domain.Knowledge;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Tests.Knowledge;

public sealed class TextChunkerTests
{
    private static IReadOnlyList<ChunkDraft> Chunk(string content, DocumentContentType type = DocumentContentType.Markdown, int max = 200) =>
        new TextChunker(Options.Create(new KnowledgeOptions { MaxChunkChars = max }))
            .Chunk(new ValidDocument("id", "Title", content, null, type, "{}", null, null));

    [Fact]
    public void Chunks_carry_their_heading_path()
    {
        var chunks = Chunk("# Billing\n\nIntro text.\n\n## Refunds\n\nRefunds take five days.\n\n# Accounts\n\nCreate one.");

        Assert.Equal(["Billing", "Billing › Refunds", "Accounts"], chunks.Select(c => c.HeadingPath));
        Assert.Equal("Refunds take five days.", chunks[1].Text);
        Assert.Equal([0, 1, 2], chunks.Select(c => c.Position));
    }

    [Fact]
    public void Empty_headings_add_nothing_to_the_path_and_headings_without_text_make_no_chunk()
    {
        var chunks = Chunk("# Guide\n\n##\n\nBody under an empty heading.\n\n### \n\n## Lonely heading\n\n## Next\n\nMore.");

        Assert.Equal(["Guide", "Guide › Next"], chunks.Select(c => c.HeadingPath));
    }

    [Fact]
    public void Chunks_end_at_sentence_boundaries_below_the_cap()
    {
        var sentence = "This sentence is about forty characters. ";
        var chunks = Chunk(string.Concat(Enumerable.Repeat(sentence, 20)), max: 200);

        Assert.All(chunks, c => Assert.True(c.Text.Length <= 200, $"{c.Text.Length} chars"));
        Assert.All(chunks, c => Assert.EndsWith(".", c.Text));
        Assert.Equal(string.Concat(Enumerable.Repeat(sentence, 20)).Trim(), string.Join(' ', chunks.Select(c => c.Text)));
    }

    [Fact]
    public void A_huge_paragraph_without_punctuation_is_cut_at_spaces_under_the_cap()
    {
        var words = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"word{i}"));
        var chunks = Chunk(words, DocumentContentType.Text, max: 300);

        Assert.True(chunks.Count > 5);
        Assert.All(chunks, c => Assert.True(c.Text.Length <= 300));
        Assert.Equal(words, string.Join(' ', chunks.Select(c => c.Text)));
    }

    [Fact]
    public void Non_ascii_text_survives_and_a_run_without_spaces_is_cut_without_breaking_characters()
    {
        var chunks = Chunk("# Übersicht\n\nDie Rückerstattung dauert fünf Tage. 退款需要五天。请联系我们。" + new string('猫', 500), max: 200);

        Assert.Equal("Übersicht", chunks[0].HeadingPath);
        Assert.Contains("Rückerstattung", chunks[0].Text);
        Assert.All(chunks, c => Assert.True(c.Text.Length <= 200));
        Assert.Equal(500, chunks.Sum(c => c.Text.Count(ch => ch == '猫')));
    }

    [Fact]
    public void Html_loses_scripts_styles_and_page_furniture_but_keeps_headings_and_text()
    {
        var html = """
            <html><head><style>body { color: red }</style><script>track('x')</script></head>
            <body><header><a href="/">Home</a> Sign in</header><nav><ul><li>Menu item</li></ul></nav>
            <main><h1>Reset your password</h1><p>Open <b>Settings</b> &amp; choose <em>Security</em>.</p>
            <h2>If the email never arrives</h2><p>Check the spam folder.</p></main>
            <footer>© Lumora 2025</footer><!-- comment --></body></html>
            """;

        var chunks = Chunk(html, DocumentContentType.Html);
        var all = string.Join(' ', chunks.Select(c => c.HeadingPath + " " + c.Text));

        Assert.Equal(["Reset your password", "Reset your password › If the email never arrives"], chunks.Select(c => c.HeadingPath));
        Assert.Equal("Open Settings & choose Security.", chunks[0].Text);
        foreach (var noise in new[] { "track", "color", "Menu item", "Sign in", "Lumora 2025", "comment" })
        {
            Assert.DoesNotContain(noise, all);
        }
    }

    [Fact]
    public void Markdown_links_keep_their_text()
    {
        var chunks = Chunk("See [the billing page](https://x.example/billing) and ![logo](logo.png) **now**.");

        Assert.Equal("See the billing page and logo now.", chunks.Single().Text);
    }
}
