using System.Text.Json;
using Hyyve.Domain.Errors;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Knowledge;

/// <summary>Checks a whole batch before anything is written, naming the first bad field as <c>documents[i].field</c>.</summary>
public sealed class DocumentValidator(IOptions<KnowledgeOptions> options)
{
    private const int MaxExternalIdChars = 256;
    private const int MaxTitleChars = 1_000;

    public IReadOnlyList<ValidDocument> Validate(DocumentBatchUpload? batch)
    {
        var limits = options.Value;
        if (RequestProblems.RequireBody(batch).Documents is not { Count: > 0 } documents)
        {
            throw new ValidationFailedException("documents", "Send at least one document in \"documents\".");
        }

        if (documents.Count > limits.MaxBatchDocuments)
        {
            throw new ValidationFailedException("documents",
                $"A batch holds at most {limits.MaxBatchDocuments} documents; this one has {documents.Count}. Split it.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var valid = new List<ValidDocument>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            valid.Add(ValidateOne(documents[i], $"documents[{i}]", limits, seen));
        }

        return valid;
    }

    private static ValidDocument ValidateOne(DocumentUpload? document, string at, KnowledgeOptions limits, HashSet<string> seen)
    {
        if (document is null)
        {
            throw new ValidationFailedException(at, $"{at} is null.");
        }

        var externalId = Required(document.ExternalId, $"{at}.externalId", MaxExternalIdChars);
        if (externalId.StartsWith(HelpCenter.ArticleDocument.ExternalIdPrefix, StringComparison.OrdinalIgnoreCase))
        {
            // Synced articles own these ids; an upload must never replace one.
            throw new ValidationFailedException($"{at}.externalId",
                $"externalId \"{externalId}\" starts with \"{HelpCenter.ArticleDocument.ExternalIdPrefix}\", which is kept for Help Center articles; choose another id.");
        }

        if (!seen.Add(externalId))
        {
            throw new ValidationFailedException($"{at}.externalId", $"externalId \"{externalId}\" appears twice in this batch.");
        }

        var title = Required(document.Title, $"{at}.title", MaxTitleChars);
        if (string.IsNullOrWhiteSpace(document.Content))
        {
            throw new ValidationFailedException($"{at}.content", $"{at}.content is empty; a document needs text to answer from.");
        }

        if (document.Content.Length > limits.MaxDocumentChars)
        {
            throw new ValidationFailedException($"{at}.content",
                $"{at}.content has {document.Content.Length} characters; the limit is {limits.MaxDocumentChars}. Split the document.");
        }

        var contentType = (document.ContentType ?? "markdown").Trim().ToLowerInvariant() switch
        {
            "markdown" or "md" => DocumentContentType.Markdown,
            "text" or "plain" => DocumentContentType.Text,
            "html" => DocumentContentType.Html,
            _ => throw new ValidationFailedException($"{at}.contentType",
                $"{at}.contentType \"{document.ContentType}\" is not one of markdown, text, html."),
        };
        var url = string.IsNullOrWhiteSpace(document.Url) ? null : document.Url.Trim();
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new ValidationFailedException($"{at}.url", $"{at}.url must be an absolute URL.");
        }

        var (metadata, entity, category) = ReadMetadata(document.Metadata, $"{at}.metadata");
        return new ValidDocument(externalId, title, document.Content, url, contentType, metadata, entity, category);
    }

    private static string Required(string? value, string field, int maxChars)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ValidationFailedException(field, $"{field} is required.");
        }

        var trimmed = value.Trim();
        return trimmed.Length <= maxChars
            ? trimmed
            : throw new ValidationFailedException(field, $"{field} is longer than {maxChars} characters.");
    }

    private static (string Json, string? Entity, string? Category) ReadMetadata(JsonElement? metadata, string field)
    {
        if (metadata is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } element)
        {
            return ("{}", null, null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ValidationFailedException(field, $"{field} must be a JSON object.");
        }

        return (element.GetRawText(), Text(element, "entity"), Text(element, "category") ?? Text(element, "domain"));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;
}
