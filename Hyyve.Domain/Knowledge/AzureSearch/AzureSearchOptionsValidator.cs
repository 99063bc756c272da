using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Knowledge.AzureSearch;

/// <summary>Fails start-up naming the missing key, rather than failing the first question.</summary>
internal sealed class AzureSearchOptionsValidator : IValidateOptions<AzureSearchOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureSearchOptions options)
    {
        if (!options.UsesAzureSearch)
        {
            return string.Equals(options.Index, AzureSearchOptions.Postgres, StringComparison.OrdinalIgnoreCase)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"Knowledge:Index must be '{AzureSearchOptions.Postgres}' or '{AzureSearchOptions.AzureSearch}', not '{options.Index}'.");
        }

        if (!Uri.TryCreate(options.AzureSearchEndpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            return ValidateOptionsResult.Fail("Knowledge:AzureSearchEndpoint must be the https address of the search service.");
        }

        return string.IsNullOrWhiteSpace(options.AzureSearchIndexName)
            ? ValidateOptionsResult.Fail("Knowledge:AzureSearchIndexName is required with Knowledge:Index=azure-search.")
            : ValidateOptionsResult.Success;
    }
}
