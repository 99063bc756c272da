using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.Provisioning;

/// <summary>
/// <c>kill -9</c> of a real server process while Chatwoot has done a step's create but before Hyyve heard the answer (the
/// fake holds the response), then a new process on the same database: the run completes and nothing exists twice.
/// </summary>
public sealed class ProvisioningCrashTests
{
    [Theory]
    [InlineData("POST /platform/api/v1/accounts")]
    [InlineData("POST /api/v1/accounts/{account_id}/agent_bots")]
    [InlineData("POST /api/v1/accounts/{account_id}/inboxes")]
    [InlineData("POST /api/v1/accounts/{account_id}/portals")]
    public async Task A_server_killed_inside_a_step_resumes_in_a_new_process_and_creates_nothing_twice(string endpoint)
    {
        await using var world = await ProvisioningWorld.StartAsync("provision-crash", inProcessServer: false);
        var settings = world.Settings();
        // A short lease, so the job the killed process held is leased again soon.
        settings["Jobs:LeaseDuration"] = "00:00:03";
        settings["Jobs:ReaperInterval"] = "00:00:01";
        var port = ServerProcess.FreePort();
        world.Chatwoot.Faults.FailNext(endpoint, 1, FakeFault.HoldAfterProcessing(TimeSpan.FromSeconds(30)));
        var first = await ServerProcess.StartAsync(world.Database, port, settings);
        using var admin = Client(first);

        var started = await ProvisioningWorld.PostAsync(admin, ProvisioningWorld.Request(portal: new { name = "Help", slug = "help" }));
        var runId = started.GetProperty("id").GetGuid();
        var tenantId = started.GetProperty("tenantId").GetGuid();
        await Eventually.TrueAsync(() => Created(world, endpoint, tenantId), ProvisioningWorld.Wait, $"Chatwoot handled {endpoint}");
        first.Kill();
        await first.DisposeAsync();

        await using var second = await ServerProcess.StartAsync(world.Database, port, settings);
        var run = await ProvisioningWorld.WaitForAsync(admin, runId, "succeeded");

        Assert.Equal(tenantId, run.GetProperty("tenantId").GetGuid());
        Assert.Equal((1, 1, 1, 2, 1), world.Census(tenantId));
        Assert.Single(world.Chatwoot.Users());
        // The step that was cut off ran again and looked before creating.
        var resumed = run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == StepOf(endpoint));
        Assert.True(resumed.GetProperty("attempts").GetInt32() > 1, resumed.ToString());
    }

    private static bool Created(ProvisioningWorld world, string endpoint, Guid tenantId)
    {
        var census = world.Census(tenantId);
        return StepOf(endpoint) switch
        {
            "account" => census.Accounts == 1,
            "agent-bot" => census.Bots == 1,
            "inbox[0]" => census.Inboxes == 1,
            _ => census.Portals == 1,
        };
    }

    private static string StepOf(string endpoint) => endpoint.Split('/')[^1] switch
    {
        "accounts" => "account",
        "agent_bots" => "agent-bot",
        "inboxes" => "inbox[0]",
        _ => "portal",
    };

    private static HttpClient Client(ServerProcess server)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestServer.AdminKey);
        return client;
    }
}
