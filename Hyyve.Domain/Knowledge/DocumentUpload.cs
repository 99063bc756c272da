using System.Text.Json;

namespace Hyyve.Domain.Knowledge;

/// <summary>A document as posted. Everything is nullable so validation can name what is missing.</summary>
public sealed record DocumentUpload(
    string? ExternalId,
    string? Title,
    string? Content,
    string? Url = null,
    string? ContentType = null,
    JsonElement? Metadata = null);

/// <summary>The body of <c>POST /api/projects/{id}/documents</c>.</summary>
public sealed record DocumentBatchUpload(IReadOnlyList<DocumentUpload>? Documents);
