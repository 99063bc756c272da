using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Conversations;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Tenancy;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Npgsql;

namespace Hyyve.IntegrationTests.BotLoop;

public sealed class IntakeDatabaseDownTests
{
    [Fact]
    public async Task An_unreachable_database_answers_500_so_Chatwoot_delivers_again()
    {
        // A port nothing listens on: every query fails the way a stopped database does.
        await using var dead = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={ServerProcess.FreePort()};Username=postgres;Timeout=2");
        var tenancy = Options.Create(new TenancyOptions { EncryptionKey = Convert.ToBase64String(new byte[32]) });
        var sink = new Mock<IJobSink>(MockBehavior.Strict);
        var directory = new TenantDirectory(new TenantStore(dead, new SecretProtector(tenancy)), new ProjectStore(dead), tenancy, TimeProvider.System);
        var intake = new WebhookIntake(dead, directory, sink.Object,
            Options.Create(new ChatwootOptions()), TimeProvider.System, NullLogger<WebhookIntake>.Instance);

        var outcome = await intake.AcceptAsync(new WebhookDelivery(Guid.NewGuid(), "{}"u8.ToArray(), "sha256=00", "1", "d-1", null),
            CancellationToken.None);

        Assert.Equal(IntakeOutcome.RetryLater, outcome);
        Assert.Equal(500, outcome.ToHttpStatus());
    }
}
