namespace Hyyve.IntegrationTests.Infrastructure.FakeAzureSearch;

/// <summary>One <c>search.post.search</c> call: the text, the filter and whether it carried a vector query.</summary>
public sealed record FakeSearchRequest(string Index, string? Search, string? Filter, bool HasVector, string? QueryType);
