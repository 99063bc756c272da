using Hyyve.Domain.Tenancy;

namespace Hyyve.Domain.Tests.Tenancy;

public sealed class PresentedApiKeyTests
{
    [Theory]
    [InlineData(" key-1 ", null, "key-1")]
    [InlineData(null, "Bearer key-2", "key-2")]
    [InlineData(null, "bearer  key-3 ", "key-3")]
    [InlineData("key-4", "Bearer other", "key-4")]
    [InlineData(null, "Basic dXNlcjpwYXNz", null)]
    [InlineData("  ", null, null)]
    [InlineData(null, null, null)]
    public void From_reads_X_Api_Key_first_then_a_bearer_token(string? apiKeyHeader, string? authorization, string? expected)
    {
        Assert.Equal(expected, PresentedApiKey.From(apiKeyHeader, authorization));
    }
}
