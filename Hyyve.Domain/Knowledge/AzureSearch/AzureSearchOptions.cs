namespace Hyyve.Domain.Knowledge.AzureSearch;

/// <summary>Which knowledge index serves retrieval, and Azure AI Search's settings. Section <c>Knowledge</c>.</summary>
public sealed class AzureSearchOptions
{
    public const string SectionName = "Knowledge";

    public const string Postgres = "postgres";

    public const string AzureSearch = "azure-search";

    /// <summary><c>postgres</c> (default: full text and vectors in PostgreSQL) or <c>azure-search</c> (<c>Knowledge__Index</c>).</summary>
    public string Index { get; set; } = Postgres;

    /// <summary>The search service, e.g. https://NAME.search.windows.net (<c>Knowledge__AzureSearchEndpoint</c>).</summary>
    public string? AzureSearchEndpoint { get; set; }

    /// <summary>An admin key of the service (<c>Knowledge__AzureSearchKey</c>); it creates the index and writes chunks. Empty:
    /// the host's managed identity signs in instead (it needs the Search Service Contributor and Search Index Data
    /// Contributor roles).</summary>
    public string? AzureSearchKey { get; set; }

    /// <summary>The client id of a user-assigned managed identity (<c>Knowledge__AzureSearchManagedIdentityClientId</c>);
    /// empty: the system-assigned one. Used only without <see cref="AzureSearchKey"/>.</summary>
    public string? AzureSearchManagedIdentityClientId { get; set; }

    public bool UsesManagedIdentity => string.IsNullOrWhiteSpace(AzureSearchKey);

    /// <summary>The one index every project shares; each chunk carries its <c>projectId</c> and every query filters on it.</summary>
    public string AzureSearchIndexName { get; set; } = "hyyve-chunks";

    /// <summary>A semantic configuration name to rerank with Azure's semantic ranker (a paid tier); empty leaves it off.</summary>
    public string? AzureSearchSemanticConfiguration { get; set; }

    /// <summary>Dimensions of the vector field; 0 asks the embedding model at start-up. Unused without an embedding model.</summary>
    public int AzureSearchVectorDimensions { get; set; }

    public bool UsesAzureSearch => string.Equals(Index, AzureSearch, StringComparison.OrdinalIgnoreCase);
}
