using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.FakeChatwoot;

namespace Hyyve.IntegrationTests.Provisioning;

public sealed class ProvisioningFaultTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> Steps => new()
    {
        "POST /platform/api/v1/accounts",
        "POST /platform/api/v1/users",
        "POST /platform/api/v1/accounts/{account_id}/account_users",
        "POST /platform/api/v1/users/{id}/token",
        "POST /api/v1/accounts/{account_id}/agent_bots",
        "POST /api/v1/accounts/{account_id}/inboxes",
        "POST /api/v1/accounts/{account_id}/inboxes/{inbox_id}/set_agent_bot",
        "POST /api/v1/accounts/{account_id}/portals",
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_throttle_then_a_server_error_on_a_step_still_provisions_everything_once(string endpoint)
    {
        await using var world = await ProvisioningWorld.StartAsync("provision-faults");
        using var admin = world.Hyyve!.CreateClient();
        world.Chatwoot.Faults.FailNext(endpoint, 1, FakeFault.TooManyRequests);
        world.Chatwoot.Faults.FailNext(endpoint, 1, FakeFault.ServerError);

        var started = await ProvisioningWorld.PostAsync(admin, ProvisioningWorld.Request(portal: new { name = "Help", slug = "help" }));
        var run = await ProvisioningWorld.WaitForAsync(admin, started.GetProperty("id").GetGuid(), "succeeded");

        output.WriteLine($"{endpoint}: {world.Chatwoot.Requests.Count} Chatwoot calls (10 without faults)");
        Assert.Equal([429, 500], world.Chatwoot.Requests.Where(r => r.Endpoint == endpoint && r.Fault is not null).Select(r => r.StatusCode));
        Assert.Equal((1, 1, 1, 2, 1), world.Census(run.GetProperty("tenantId").GetGuid()));
    }

    [Theory]
    [InlineData("POST /platform/api/v1/accounts")]
    [InlineData("POST /api/v1/accounts/{account_id}/agent_bots")]
    [InlineData("POST /api/v1/accounts/{account_id}/inboxes")]
    [InlineData("POST /api/v1/accounts/{account_id}/portals")]
    public async Task A_create_that_Chatwoot_did_but_answered_500_is_found_again_not_made_twice(string endpoint)
    {
        await using var world = await ProvisioningWorld.StartAsync("provision-lost-answer");
        using var admin = world.Hyyve!.CreateClient();
        world.Chatwoot.Faults.FailNext(endpoint, 1, FakeFault.FailAfterProcessing(500));

        var started = await ProvisioningWorld.PostAsync(admin, ProvisioningWorld.Request(portal: new { name = "Help", slug = "help" }));
        var run = await ProvisioningWorld.WaitForAsync(admin, started.GetProperty("id").GetGuid(), "succeeded");

        Assert.Equal((1, 1, 1, 2, 1), world.Census(run.GetProperty("tenantId").GetGuid()));
        Assert.Contains(world.Chatwoot.Requests, r => r.Endpoint == endpoint && r.Fault is not null);
    }

    [Fact]
    public async Task A_refused_inbox_create_fails_the_run_naming_the_step_and_a_retry_after_the_fix_completes_it()
    {
        await using var world = await ProvisioningWorld.StartAsync("provision-4xx");
        using var admin = world.Hyyve!.CreateClient();
        world.Chatwoot.Faults.FailAlways("POST /api/v1/accounts/{account_id}/inboxes", FakeFault.Status(402));

        var started = await ProvisioningWorld.PostAsync(admin, ProvisioningWorld.Request());
        var runId = started.GetProperty("id").GetGuid();
        var failed = await ProvisioningWorld.WaitForAsync(admin, runId, "failed");
        var refusedRetry = await admin.PostAsync($"/api/provisioning/{Guid.NewGuid()}/retry", null);
        world.Chatwoot.Faults.Clear();
        var retried = await admin.PostAsync($"/api/provisioning/{runId}/retry", null);
        var done = await ProvisioningWorld.WaitForAsync(admin, runId, "succeeded");

        var error = failed.GetProperty("error").GetString()!;
        Assert.Contains("inbox[0]", error);
        Assert.Contains("402", error);
        Assert.Contains("Injected fault 402", error);
        Assert.Equal("failed", Step(failed, "inbox[0]").GetProperty("state").GetString());
        Assert.Equal("succeeded", Step(failed, "agent-bot").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, refusedRetry.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.Equal(1, done.GetProperty("generation").GetInt32());
        Assert.Equal((1, 1, 1, 2, 0), world.Census(done.GetProperty("tenantId").GetGuid()));
        var conflict = await admin.PostAsync($"/api/provisioning/{runId}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_and_starts_nothing()
    {
        await using var world = await ProvisioningWorld.StartAsync("provision-400");
        using var admin = world.Hyyve!.CreateClient();

        var response = await admin.PostAsJsonAsync("/api/tenants", new
        {
            name = "Acme",
            administrator = new { name = "Ada", email = "ada@acme.example" },
            projects = new[] { new { name = "Web", channel = "web_widget" } },
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("projects[0].websiteUrl", problem.GetProperty("field").GetString());
        Assert.Empty(world.Chatwoot.Requests);
    }

    private static JsonElement Step(JsonElement run, string name) =>
        run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
}
