using System.Security.Cryptography;
using System.Text;

namespace Hyyve.Domain.Knowledge;

/// <summary>Chunk ids derived from what they are, so re-indexing the same document upserts the same ids.</summary>
public static class StableIds
{
    public static Guid Chunk(Guid projectId, string externalId, int position)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{projectId:N}\n{externalId}\n{position}"), hash);
        var bytes = hash[..16].ToArray();
        // Mark as an RFC 9562 version 8 (custom) UUID.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
