using System.Text.Json;
using Hyyve.Domain.Errors;
using Hyyve.Domain.Knowledge;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Tests.Knowledge;

public sealed class DocumentValidatorTests
{
    private static readonly DocumentValidator Validator = new(Options.Create(new KnowledgeOptions()));

    [Fact]
    public void Metadata_entity_and_category_are_read_and_content_type_defaults_to_markdown()
    {
        var metadata = JsonDocument.Parse("""{"entity":"Grand Hotel","domain":"hotel","stars":4}""").RootElement;

        var document = Validator.Validate(new DocumentBatchUpload([new DocumentUpload(" id ", "T", "x", Metadata: metadata)])).Single();

        Assert.Equal(("id", "Grand Hotel", "hotel", DocumentContentType.Markdown), (document.ExternalId, document.Entity, document.Category, document.ContentType));
    }

    [Theory]
    [InlineData(null, "documents")]
    [InlineData("dup", "documents[1].externalId")]
    [InlineData("url", "documents[1].url")]
    public void Bad_batches_name_the_field(string? defect, string field)
    {
        DocumentBatchUpload? batch = defect switch
        {
            null => new DocumentBatchUpload([]),
            "dup" => new DocumentBatchUpload([new DocumentUpload("a", "A", "x"), new DocumentUpload("a", "A", "y")]),
            _ => new DocumentBatchUpload([new DocumentUpload("a", "A", "x"), new DocumentUpload("b", "B", "y", Url: "not a url")]),
        };

        var error = Assert.Throws<ValidationFailedException>(() => Validator.Validate(batch));

        Assert.Equal(field, error.Field);
    }
}
