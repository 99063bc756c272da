using Hyyve.Domain.AgentConsole;
using Hyyve.Domain.Answering;
using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Conversations;
using Hyyve.Domain.Health;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Knowledge;
using Hyyve.Domain.Knowledge.HelpCenter;
using Hyyve.Domain.Persistence;
using Hyyve.Domain.Reconciliation;
using Hyyve.Domain.Tenancy;
using Hyyve.Domain.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyyve.Domain;

public static class HyyveDomainExtensions
{
    /// <summary>Every capability of Hyyve, in dependency order. Both hosts call this and nothing else of Domain's wiring.</summary>
    public static IHostApplicationBuilder AddHyyveDomain(this IHostApplicationBuilder builder)
    {
        builder.AddPersistence();
        builder.AddJobs();
        builder.AddChatwoot();
        builder.AddTenancy();
        builder.AddKnowledge();
        builder.AddHelpCenterSync();
        builder.AddAnswering();
        builder.AddConversations();
        builder.AddReconciliation();
        builder.AddAgentConsole();
        builder.Services.AddSingleton<HealthService>();
        builder.AddTelemetry();
        return builder;
    }
}
