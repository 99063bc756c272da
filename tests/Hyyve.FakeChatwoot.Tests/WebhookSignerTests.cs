namespace Hyyve.FakeChatwoot.Tests;

public sealed class WebhookSignerTests
{
    [Fact]
    public void Sign_matches_the_contract_test_vector()
    {
        var signature = WebhookSigner.Sign("Xy7pQ2mN9vR4sT6uW8zA1bC3", "1781690401", "{\"event\":\"message_created\",\"id\":345}");

        Assert.Equal("sha256=c6149eebf58340e135b64343a94a7860caa2df131ddba36334fb07b8fb735857", signature);
    }
}
