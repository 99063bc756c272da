using System.Security.Cryptography;
using System.Text;

namespace Hyyve.FakeChatwoot;

/// <summary>Chatwoot's webhook signature (<c>lib/webhooks/trigger.rb#request_headers</c>, §2.2).</summary>
public static class WebhookSigner
{
    /// <summary><c>"sha256=" + hex(HMAC-SHA256(secret, timestamp + "." + body))</c> over the exact body text.</summary>
    public static string Sign(string secret, string timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }
}
