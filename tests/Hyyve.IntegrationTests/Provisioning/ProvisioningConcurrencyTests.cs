using System.Text.Json;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.Provisioning;

public sealed class ProvisioningConcurrencyTests
{
    [Fact]
    public async Task Two_servers_on_one_database_run_each_step_of_each_run_once_and_never_two_steps_of_a_run_at_once()
    {
        await using var world = await ProvisioningWorld.StartAsync("provision-two-servers");
        await using var other = await TestServer.StartAsync(world.Database, world.Settings());
        using var first = world.Hyyve!.CreateClient();
        using var second = other.CreateClient();

        var started = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            ProvisioningWorld.PostAsync(i % 2 == 0 ? first : second, ProvisioningWorld.Request($"Tenant{i}", portal: new { name = "Help", slug = "help" }))));
        var runs = await Task.WhenAll(started.Select(s => ProvisioningWorld.WaitForAsync(first, s.GetProperty("id").GetGuid(), "succeeded")));

        foreach (var run in runs)
        {
            Assert.Equal((1, 1, 1, 2, 1), world.Census(run.GetProperty("tenantId").GetGuid()));
            var steps = run.GetProperty("steps").EnumerateArray().ToList();
            Assert.All(steps, s => Assert.Equal(1, s.GetProperty("attempts").GetInt32()));
            for (var i = 1; i < steps.Count; i++)
            {
                Assert.True(Time(steps[i], "startedAt") >= Time(steps[i - 1], "finishedAt"),
                    $"{steps[i].GetProperty("name")} started before {steps[i - 1].GetProperty("name")} finished");
            }
        }

        Assert.Equal(4, world.Chatwoot.Accounts().Count);
    }

    private static DateTimeOffset Time(JsonElement step, string property) => step.GetProperty(property).GetDateTimeOffset();
}
