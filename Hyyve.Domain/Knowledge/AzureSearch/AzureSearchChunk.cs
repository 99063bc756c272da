using System.Text.Json.Serialization;

namespace Hyyve.Domain.Knowledge.AzureSearch;

/// <summary>One chunk as a search document. <see cref="Id"/> is the stable chunk id, so re-indexing upserts in place.</summary>
public sealed class AzureSearchChunk
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("projectId")]
    public string ProjectId { get; set; } = "";

    [JsonPropertyName("externalId")]
    public string ExternalId { get; set; } = "";

    [JsonPropertyName("position")]
    public int Position { get; set; }

    [JsonPropertyName("title")]
    public string Title { get; set; } = "";

    [JsonPropertyName("headingPath")]
    public string HeadingPath { get; set; } = "";

    [JsonPropertyName("content")]
    public string Content { get; set; } = "";

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("entity")]
    public string? Entity { get; set; }

    /// <summary>Absent (not null) without an embedding model: the index then has no vector field.</summary>
    [JsonPropertyName("embedding")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float[]? Embedding { get; set; }
}
