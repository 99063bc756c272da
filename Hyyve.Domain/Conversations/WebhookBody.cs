namespace Hyyve.Domain.Conversations;

/// <summary>Reads a webhook's exact bytes (signatures cover them) with a size limit; both hosts use it.</summary>
public static class WebhookBody
{
    /// <summary>The body, or null when it (or its declared length) exceeds <paramref name="limit"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(Stream body, long? declaredLength, int limit, CancellationToken cancellationToken)
    {
        if (declaredLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
