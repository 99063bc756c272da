using System.Text.Json.Nodes;
using Hyyve.LocalWorld;

namespace Hyyve.Sandbox;

/// <summary>
/// Loads the demo help center through the documents API: a <c>documents.json</c> batch when present, otherwise every
/// Markdown file, whose optional front matter (<c>title:</c>, <c>url:</c>) names and links the article.
/// </summary>
internal static class DemoKnowledge
{
    public static async Task LoadAsync(ConnectedWorld world, string folder)
    {
        if (!Directory.Exists(folder))
        {
            Console.WriteLine($"[no demo knowledge at {folder}; the bot will hand every question off]");
            return;
        }

        var batch = Path.Combine(folder, "documents.json");
        JsonNode documents = File.Exists(batch)
            ? JsonNode.Parse(await File.ReadAllTextAsync(batch))!["documents"]!
            : new JsonArray(Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Order().Select(FromMarkdown).ToArray());
        await world.LoadDocumentsAsync(documents.DeepClone());
    }

    private static JsonNode FromMarkdown(string path)
    {
        var text = File.ReadAllText(path);
        var title = Path.GetFileNameWithoutExtension(path).Replace('-', ' ');
        string? url = null;
        if (text.StartsWith("---\n", StringComparison.Ordinal) && text.IndexOf("\n---", 4, StringComparison.Ordinal) is var end and > 0)
        {
            foreach (var line in text[4..end].Split('\n'))
            {
                var (key, value) = (line.Split(':', 2)[0].Trim(), line.Contains(':') ? line.Split(':', 2)[1].Trim() : "");
                if (key == "title") title = value;
                if (key == "url") url = value;
            }

            text = text[(end + 4)..].TrimStart('-', '\n');
        }

        return new JsonObject
        {
            ["externalId"] = Path.GetFileNameWithoutExtension(path),
            ["title"] = title,
            ["url"] = url,
            ["contentType"] = "markdown",
            ["content"] = text,
        };
    }
}
