using Hyyve.Domain.Conversations;

namespace Hyyve.Domain.Tests.Conversations;

public sealed class WebhookBodyTests
{
    [Fact]
    public async Task A_body_within_the_limit_is_read_byte_for_byte()
    {
        var bytes = Enumerable.Range(0, 40_000).Select(i => (byte)i).ToArray();

        var body = await WebhookBody.ReadAsync(new MemoryStream(bytes), bytes.Length, 40_000, CancellationToken.None);

        Assert.Equal(bytes, body!.Value.ToArray());
    }

    [Fact]
    public async Task A_body_longer_than_the_limit_is_refused_even_without_a_declared_length()
    {
        var body = await WebhookBody.ReadAsync(new MemoryStream(new byte[2049]), null, 2048, CancellationToken.None);

        Assert.Null(body);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var stream = new MemoryStream(new byte[10]);

        var body = await WebhookBody.ReadAsync(stream, 1_000_000, 2048, CancellationToken.None);

        Assert.Null(body);
        Assert.Equal(0, stream.Position);
    }
}
