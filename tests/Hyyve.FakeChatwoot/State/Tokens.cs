using System.Security.Cryptography;

namespace Hyyve.FakeChatwoot.State;

/// <summary>Random values shaped like the ones Rails generates.</summary>
internal static class Tokens
{
    private const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /// <summary><c>has_secure_token</c>: 24 base58 characters.</summary>
    public static string SecureToken() => RandomNumberGenerator.GetString(Base58, 24);

    /// <summary><c>SecureRandom.urlsafe_base64(24)</c>: 24 random bytes, URL-safe base64 without padding.</summary>
    public static string UrlSafeBase64(int bytes = 24) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
