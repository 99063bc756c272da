using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyyve.Domain.AgentConsole;

public static class AgentConsoleServiceCollectionExtensions
{
    /// <summary>The agent console's reads (command center, HITL queue, threads, insights, traces) and actions (reply, status).</summary>
    public static IHostApplicationBuilder AddAgentConsole(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.SectionName);
        builder.Services.AddSingleton<DashboardQuery>();
        builder.Services.AddSingleton<HitlQueue>();
        builder.Services.AddSingleton<ConversationList>();
        builder.Services.AddSingleton<ConversationThread>();
        builder.Services.AddSingleton<ConversationInsights>();
        builder.Services.AddSingleton<AnswerTraces>();
        builder.Services.AddScoped<ConsoleActions>();
        return builder;
    }
}
