using System.Security.Cryptography;
using System.Text;

namespace Hyyve.Domain.Tenancy;

/// <summary>Keys are 256 random bits, so a plain SHA-256 is a safe storage hash; no slow KDF is needed.</summary>
public static class ApiKeyHasher
{
    public const string Prefix = "hyv_";

    public static string Generate() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string presented, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(presented), storedHash);

    public static string DisplayPrefix(string key) => key.Length <= 10 ? key : key[..10];

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
