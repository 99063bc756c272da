using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Tenancy;

/// <summary>AES-256-GCM for Chatwoot tokens and secrets at rest. Layout: version(1) | nonce(12) | tag(16) | ciphertext.
/// Encrypts with the current key; decrypts with it or, during a key rotation, with one of the previous keys (the GCM
/// tag tells which key fits).</summary>
public sealed class SecretProtector
{
    private const byte Version = 1;
    private readonly byte[] _key;
    private readonly byte[][] _previous;

    public SecretProtector(IOptions<TenancyOptions> options)
    {
        _key = LoadKey(options.Value);
        _previous = [.. (options.Value.PreviousEncryptionKeys ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseKey)];
    }

    /// <summary>Whether <paramref name="protectedData"/> was encrypted with the current key (false: a previous one).</summary>
    public bool IsCurrent(byte[] protectedData) => TryDecrypt(_key, protectedData, out _);

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

        if (TryDecrypt(_key, protectedData, out var plaintext) || _previous.Any(k => TryDecrypt(k, protectedData, out plaintext)))
        {
            return plaintext!;
        }

        throw new CryptographicException(
            "A stored secret matches neither Tenancy:EncryptionKey nor any of Tenancy:PreviousEncryptionKeys.");
    }

    private static bool TryDecrypt(byte[] key, byte[] protectedData, out string? plaintext)
    {
        var bytes = new byte[protectedData.Length - 29];
        using var aes = new AesGcm(key, 16);
        try
        {
            aes.Decrypt(protectedData.AsSpan(1, 12), protectedData.AsSpan(29), protectedData.AsSpan(13, 16), bytes);
        }
        catch (AuthenticationTagMismatchException)
        {
            plaintext = null;
            return false;
        }

        plaintext = Encoding.UTF8.GetString(bytes);
        return true;
    }

    private static byte[] ParseKey(string base64)
    {
        var key = Convert.FromBase64String(base64);
        return key.Length == 32 ? key : throw new InvalidOperationException("Each encryption key must be the base64 of exactly 32 bytes.");
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
