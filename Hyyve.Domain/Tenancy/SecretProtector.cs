using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Tenancy;

/// <summary>AES-256-GCM for Chatwoot tokens and secrets at rest. Layout: version(1) | nonce(12) | tag(16) | ciphertext.</summary>
public sealed class SecretProtector
{
    private const byte Version = 1;
    private readonly byte[] _key;

    public SecretProtector(IOptions<TenancyOptions> options) => _key = LoadKey(options.Value);

    public byte[] Protect(string plaintext)
    {
        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[1 + 12 + 16 + data.Length];
        output[0] = Version;
        var nonce = output.AsSpan(1, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, 16);
        aes.Encrypt(nonce, data, output.AsSpan(29), output.AsSpan(13, 16));
        return output;
    }

    public string Unprotect(byte[] protectedData)
    {
        if (protectedData.Length < 29 || protectedData[0] != Version)
        {
            throw new CryptographicException("Unknown secret format.");
        }

        var plaintext = new byte[protectedData.Length - 29];
        using var aes = new AesGcm(_key, 16);
        aes.Decrypt(protectedData.AsSpan(1, 12), protectedData.AsSpan(29), protectedData.AsSpan(13, 16), plaintext);
        return Encoding.UTF8.GetString(plaintext);
    }

    private static byte[] LoadKey(TenancyOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            var configured = Convert.FromBase64String(options.EncryptionKey);
            return configured.Length == 32
                ? configured
                : throw new InvalidOperationException("Tenancy:EncryptionKey must be the base64 of exactly 32 bytes.");
        }

        var path = Path.GetFullPath(options.EncryptionKeyFile);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
