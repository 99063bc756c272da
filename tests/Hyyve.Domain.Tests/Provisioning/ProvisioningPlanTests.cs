using Hyyve.Domain.Errors;
using Hyyve.Domain.Provisioning;

namespace Hyyve.Domain.Tests.Provisioning;

public sealed class ProvisioningPlanTests
{
    private static readonly ProvisionTenantRequest TwoProjects = new("Acme", new ProvisionAdministrator("Ada", "ada@acme.example"),
        [new ProvisionProject("Website", WebsiteUrl: "https://acme.example"), new ProvisionProject("Partner API", Channel: "api")],
        Portal: new ProvisionPortal("Help", "help"));

    [Fact]
    public void The_plan_creates_the_account_side_first_then_each_project_then_the_portal()
    {
        var plan = ProvisioningPlan.For(TwoProjects);

        Assert.Equal(["account", "administrator", "account-user", "user-token", "agent-bot", "inbox[0]", "attach-bot[0]", "project[0]",
            "inbox[1]", "attach-bot[1]", "project[1]", "portal"], plan.Select(s => s.Name));
        Assert.Equal(Enumerable.Range(0, plan.Count), plan.Select(s => s.Position));
        Assert.Equal(1, plan.Single(s => s.Name == "attach-bot[1]").Project);
        Assert.DoesNotContain(ProvisioningPlan.For(TwoProjects with { Portal = null }), s => s.Kind == StepKind.Portal);
    }

    [Theory]
    [InlineData(429, false)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    [InlineData(408, false)]
    [InlineData(401, true)]
    [InlineData(402, true)]
    [InlineData(404, true)]
    [InlineData(422, true)]
    public void Chatwoot_refusals_are_permanent_and_throttles_server_errors_and_timeouts_are_retried(int status, bool permanent)
    {
        Assert.Equal(permanent, StepFailures.IsPermanent(new UpstreamException("Chatwoot", status, "x")));
        Assert.False(StepFailures.IsPermanent(new UpstreamException("Chatwoot", null, "no answer")));
        Assert.False(StepFailures.IsPermanent(new TimeoutException()));
    }

    [Theory]
    [InlineData("projects[1].name", "Website")]
    [InlineData("projects[0].websiteUrl", null)]
    public void Two_projects_with_one_inbox_name_or_a_widget_without_a_website_are_refused(string field, string? secondName)
    {
        var web = new ProvisionProject("Website", WebsiteUrl: field.EndsWith("websiteUrl", StringComparison.Ordinal) ? null : "https://acme.example",
            Channel: "web_widget");
        var request = TwoProjects with { Projects = [web, new ProvisionProject(secondName ?? "Other", Channel: "api")] };

        var refused = Assert.Throws<ValidationFailedException>(() => ProvisionRequestValidator.Validate(request));

        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void A_project_without_a_website_or_channel_gets_an_api_inbox_and_with_a_website_a_widget()
    {
        Assert.Equal("api", new ProvisionProject("X").ChannelType);
        Assert.Equal("web_widget", new ProvisionProject("X", WebsiteUrl: "https://x.example").ChannelType);
    }
}
