using System.Text;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Splits a document into chunks of whole sentences under one heading path, each at most
/// <see cref="KnowledgeOptions.MaxChunkChars"/> long. Sections never share a chunk, so a chunk's heading path is exact.
/// </summary>
public sealed class TextChunker(IOptions<KnowledgeOptions> options)
{
    public IReadOnlyList<ChunkDraft> Chunk(ValidDocument document)
    {
        var markdown = document.ContentType switch
        {
            DocumentContentType.Html => HtmlText.ToMarkdown(document.Content),
            _ => document.Content,
        };
        var sections = MarkdownSections.Split(markdown, headings: document.ContentType != DocumentContentType.Text);
        return Chunk(sections, options.Value.MaxChunkChars);
    }

    public static IReadOnlyList<ChunkDraft> Chunk(IReadOnlyList<DocumentSection> sections, int maxChars)
    {
        var chunks = new List<ChunkDraft>();
        foreach (var section in sections)
        {
            var current = new StringBuilder();
            void Flush()
            {
                if (current.Length > 0)
                {
                    chunks.Add(new ChunkDraft(chunks.Count, section.HeadingPath, current.ToString()));
                    current.Clear();
                }
            }

            foreach (var paragraph in section.Paragraphs)
            {
                foreach (var sentence in Sentences.Split(paragraph))
                {
                    IEnumerable<string> pieces = sentence.Length <= maxChars ? [sentence] : Sentences.HardWrap(sentence, maxChars);
                    foreach (var piece in pieces)
                    {
                        if (current.Length > 0 && current.Length + 1 + piece.Length > maxChars)
                        {
                            Flush();
                        }

                        current.Append(current.Length > 0 ? " " : "").Append(piece);
                    }
                }

                // A paragraph end is a natural break; keep going only while the chunk is still small.
                if (current.Length > maxChars / 2)
                {
                    Flush();
                }
            }

            Flush();
        }

        return chunks;
    }
}
