using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Provisioning;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.DurableTask.Client;

namespace Hyyve.Functions.Tests.Provisioning;

/// <summary>End to end in the function app: the orchestration provisions a tenant with two projects, the tenant loads each
/// project's knowledge through the app's HTTP functions, and a customer in each inbox is answered by the webhook function and
/// the answer worker from that project's knowledge only.</summary>
[Collection(DurableTestHostCollection.Name)]
public sealed class ProvisionedTenantAnswersTests
{
    [Fact]
    public async Task A_tenant_provisioned_by_the_orchestration_answers_in_each_inbox_from_that_projects_knowledge_only()
    {
        await using var world = await ProvisioningFunctionsWorld.StartAsync("fn-provision-e2e");
        var run = await world.StartRunAsync();
        await world.StartOrchestrationAsync(run);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await world.WaitAsync(run)).RuntimeStatus);
        var result = (await world.ReadAsync(run)).Result!;
        Assert.Equal($"{world.Relay.BaseAddress.ToString().TrimEnd('/')}/api/chatwoot/bot/{result.TenantId}", result.WebhookUrl);

        using var tenant = new HttpClient { BaseAddress = world.Relay.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        tenant.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", result.TenantApiKey);
        var (web, api) = (result.Projects[0], result.Projects[1]);
        await LoadAsync(tenant, web.Id, "reset-password", "Reset your password",
            "To reset your password, open Settings, choose Security and click Reset password. The reset link is valid for 30 minutes.");
        await LoadAsync(tenant, api.Id, "partner-rate-limit", "Partner API rate limits",
            "The partner API accepts 100 requests per minute for each API key. Requests over the limit get status 429.");

        var account = (int)result.AccountId;
        var inWidget = world.Chatwoot.StartConversation(account, (int)web.InboxId, "Jane");
        var inApi = world.Chatwoot.StartConversation(account, (int)api.InboxId, "Joe");
        var crossed = world.Chatwoot.StartConversation(account, (int)api.InboxId, "Jim");
        world.Chatwoot.CustomerSays(account, inWidget.DisplayId, "How do I reset my password?");
        world.Chatwoot.CustomerSays(account, inApi.DisplayId, "How many requests per minute does the partner API accept?");
        world.Chatwoot.CustomerSays(account, crossed.DisplayId, "How do I reset my password?");
        await Eventually.TrueAsync(() => world.Chatwoot.PendingDeliveries == 0, ProvisioningFunctionsWorld.Wait, "every webhook was delivered");
        Assert.Equal(3, world.Queues.Count(JobKinds.AnswerMessage));
        await world.RunAnswerQueueAsync();

        Assert.Contains("Settings", Reply(world, account, inWidget.DisplayId));
        Assert.Contains("100 requests", Reply(world, account, inApi.DisplayId));
        Assert.Equal("open", world.Chatwoot.Conversation(account, crossed.DisplayId).Status);
        Assert.DoesNotContain(world.Chatwoot.Messages(account, crossed.DisplayId), m => m.IsFromBot && !m.Private && m.Content!.Contains("Settings"));
    }

    private static string? Reply(ProvisioningFunctionsWorld world, int account, int displayId) =>
        world.Chatwoot.Messages(account, displayId).SingleOrDefault(m => m.IsFromBot && !m.Private && m.Content!.Contains("[1]"))?.Content;

    private static async Task LoadAsync(HttpClient tenant, Guid projectId, string externalId, string title, string content)
    {
        var response = await tenant.PostAsJsonAsync($"/api/projects/{projectId}/documents",
            new { documents = new[] { new { externalId, title, content = $"# {title}\n{content}", contentType = "markdown" } } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
