using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Hyyve.Domain.Tenancy;
using Hyyve.IntegrationTests.BotLoop;
using Microsoft.Extensions.Options;

namespace Hyyve.IntegrationTests.Tenancy;

/// <summary>The encryption key rotation of the README: start with the new key and the old one as previous, re-encrypt,
/// then drop the old key. The rows are read back to prove what encrypts them.</summary>
public sealed class EncryptionKeyRotationTests
{
    private static readonly string OldKey = Convert.ToBase64String(new byte[32]);
    private static readonly string NewKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task Reencrypting_moves_every_stored_secret_to_the_new_key_while_the_bot_keeps_answering()
    {
        await using var world = await BotLoopWorld.StartAsync("keyrotate");
        var before = await StoredSecretsAsync(world);
        Assert.Equal(3, before.Count); // user token, bot token, bot secret
        Assert.All(before, s => Assert.True(Protector(OldKey).IsCurrent(s)));

        await world.RestartHyyveAsync(new Dictionary<string, string?>
        {
            ["Tenancy:EncryptionKey"] = NewKey,
            ["Tenancy:PreviousEncryptionKeys"] = OldKey,
        });
        world.PointBotAtHyyve();
        await AnswersAsync(world, "with the old key as previous");
        var first = await ReencryptAsync(world);
        var again = await ReencryptAsync(world);

        Assert.Equal(1, first.GetProperty("tenants").GetInt32());
        Assert.Equal(3, first.GetProperty("secrets").GetInt32());
        Assert.Equal(0, again.GetProperty("secrets").GetInt32());
        var after = await StoredSecretsAsync(world);
        Assert.All(after, s => Assert.True(Protector(NewKey).IsCurrent(s)));
        Assert.All(after, s => Assert.Throws<CryptographicException>(() => Protector(OldKey).Unprotect(s)));
        Assert.Equal(before.Select(Protector(OldKey).Unprotect), after.Select(Protector(NewKey).Unprotect));

        await world.RestartHyyveAsync(new Dictionary<string, string?> { ["Tenancy:EncryptionKey"] = NewKey });
        world.PointBotAtHyyve();
        await AnswersAsync(world, "with the new key alone");
    }

    private static SecretProtector Protector(string key) => new(Options.Create(new TenancyOptions { EncryptionKey = key }));

    private static async Task<JsonElement> ReencryptAsync(BotLoopWorld world)
    {
        using var admin = world.Hyyve.CreateClient();
        var response = await admin.PostAsync("/api/admin/secrets/reencrypt", null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task AnswersAsync(BotLoopWorld world, string because)
    {
        var conversation = world.StartConversation();
        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count == 1, $"the bot answered {because}");
    }

    private static async Task<List<byte[]>> StoredSecretsAsync(BotLoopWorld world)
    {
        await using var connection = new Npgsql.NpgsqlConnection(world.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            $"SELECT user_token_enc, bot_token_enc, bot_secret_enc FROM hyyve.tenants WHERE id = '{world.TenantId}'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return [.. Enumerable.Range(0, 3).Where(i => !reader.IsDBNull(i)).Select(reader.GetFieldValue<byte[]>)];
    }
}
