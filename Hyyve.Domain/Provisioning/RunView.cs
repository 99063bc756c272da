namespace Hyyve.Domain.Provisioning;

/// <summary>Builds what the status route shows from a stored run, including the widget snippet of each web-widget inbox.</summary>
internal static class RunView
{
    public static ProvisioningRun Of(RunRecord run, string? tenantApiKey)
    {
        var steps = run.Steps.Select(s => new ProvisioningStepView(s.Name, s.State, s.Attempts, s.Output, s.Error, s.StartedAt, s.FinishedAt)).ToList();
        return new ProvisioningRun(run.Id, run.Status, run.TenantId, run.Request.Name, run.Generation, steps, run.Error, run.CreatedAt,
            run.UpdatedAt, run.CompletedAt, run.Status == RunStates.Succeeded ? Result(run, tenantApiKey) : null);
    }

    private static ProvisioningResult Result(RunRecord run, string? tenantApiKey)
    {
        var projects = run.Request.Projects.Select((p, i) =>
        {
            var inbox = run.OutputOf($"inbox[{i}]")!;
            var token = p.ChannelType == ProvisionProject.WebWidget ? inbox.WebsiteToken : null;
            return new ProvisionedProject(run.OutputOf($"project[{i}]")!.ProjectId!.Value, p.Name, inbox.ChatwootId!.Value, p.ChannelType,
                token, token is null ? null : WidgetSnippet(run.ChatwootBaseUrl, token));
        }).ToList();
        return new ProvisioningResult(run.TenantId, run.AccountId, run.WebhookUrl, run.OutputOf("agent-bot")!.ChatwootId!.Value, projects,
            run.OutputOf("portal")?.Slug, tenantApiKey, run.TenantApiKeyShown || tenantApiKey is null);
    }

    /// <summary>Chatwoot's web-widget embed code (Settings → Inboxes → Configuration), on one line.</summary>
    public static string WidgetSnippet(Uri chatwootBaseUrl, string websiteToken)
    {
        var baseUrl = chatwootBaseUrl.ToString().TrimEnd('/');
        return "<script>(function(d,t){var BASE_URL=\"" + baseUrl + "\";var g=d.createElement(t),s=d.getElementsByTagName(t)[0];"
               + "g.src=BASE_URL+\"/packs/js/sdk.js\";g.defer=true;g.async=true;s.parentNode.insertBefore(g,s);"
               + "g.onload=function(){window.chatwootSDK.run({websiteToken:'" + websiteToken + "',baseUrl:BASE_URL})}})(document,\"script\");</script>";
    }
}
