namespace Hyyve.Domain.Knowledge;

/// <summary>Document content formats accepted for ingestion.</summary>
public enum DocumentContentType
{
    Markdown,
    Text,
    Html,
}

/// <summary>A document that passed validation; <see cref="MetadataJson"/> is a JSON object.</summary>
public sealed record ValidDocument(
    string ExternalId,
    string Title,
    string Content,
    string? Url,
    DocumentContentType ContentType,
    string MetadataJson,
    string? Entity,
    string? Category)
{
    public string ContentTypeName => ContentType.ToString().ToLowerInvariant();
}
