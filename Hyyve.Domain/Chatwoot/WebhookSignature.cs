using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hyyve.Domain.Chatwoot;

/// <summary>
/// Chatwoot's webhook signature (≥ 4.13): <c>sha256=</c> + lowercase hex of HMAC-SHA256 keyed with the bot's
/// secret over <c>timestamp + "." + raw body</c>. The timestamp is part of the signed string.
/// </summary>
public static class WebhookSignature
{
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    public static SignatureCheck Verify(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body,
        DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.Missing;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > tolerance.TotalSeconds)
        {
            return SignatureCheck.StaleOrMissingTimestamp;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp!, body));
        var presented = Encoding.ASCII.GetBytes(signature.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, presented) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }
}

public enum SignatureCheck
{
    Valid,
    Missing,
    StaleOrMissingTimestamp,
    Mismatch,
}
