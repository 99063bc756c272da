using Hyyve.Domain.Answering.Generation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hyyve.IntegrationTests.Answering.Generation;

/// <summary>Generation is registered only when a model is configured.</summary>
public sealed class GenerationRegistrationTests
{
    [Fact]
    public void Without_a_model_neither_a_chat_client_nor_a_generator_is_registered()
    {
        using var host = GenerationHost.Start(new Uri("http://127.0.0.1:9/v1"), model: "");

        Assert.Null(host.Services.GetService<IAnswerGenerator>());
        Assert.Null(host.Services.GetService<IChatClient>());
        Assert.Equal(TimeSpan.FromSeconds(20), host.Services.GetRequiredService<IOptions<GenerationOptions>>().Value.Timeout);
    }

    [Fact]
    public void With_a_model_the_generator_runs_over_the_openai_chat_client()
    {
        using var host = GenerationHost.Start(new Uri("http://127.0.0.1:9/v1"));

        Assert.IsType<ChatAnswerGenerator>(host.Generator);
        Assert.Equal(GenerationHost.Model, host.Services.GetRequiredService<IChatClient>().GetService<ChatClientMetadata>()?.DefaultModelId);
    }

    [Theory]
    [InlineData("Endpoint", "not a url", "Answering:Generation:Endpoint")]
    [InlineData("Timeout", "00:00:00", "Answering:Generation:Timeout")]
    [InlineData("MaxOutputTokens", "0", "MaxOutputTokens")]
    public async Task A_bad_setting_stops_the_start_naming_the_key(string key, string value, string named)
    {
        using var host = GenerationHost.Start(null, more: new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(host.StartAsync);

        Assert.Contains(named, error.Message);
    }
}
