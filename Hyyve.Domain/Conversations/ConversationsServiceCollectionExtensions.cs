using Hyyve.Domain.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyyve.Domain.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationsOptions>().BindConfiguration(ConversationsOptions.SectionName)
            .Validate(o => o.LiveStatusCheckAfter > TimeSpan.Zero, "Conversations:LiveStatusCheckAfter must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ProcessInstance>();
        builder.Services.AddSingleton<ConversationStore>();
        builder.Services.AddScoped<WebhookIntake>();
        builder.Services.AddScoped<BotPoster>();
        builder.Services.AddScoped<HandoffService>();
        builder.Services.AddScoped<ConversationOwnership>();
        builder.Services.AddJobHandler<AnswerMessageJobHandler>();
        return builder;
    }
}
