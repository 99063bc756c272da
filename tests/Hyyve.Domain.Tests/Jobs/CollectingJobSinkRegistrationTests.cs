using Hyyve.Domain.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyyve.Domain.Tests.Jobs;

public sealed class CollectingJobSinkRegistrationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AddCollectingJobSink_replaces_the_postgres_sink_whatever_the_order(bool domainFirst)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (domainFirst)
        {
            builder.AddHyyveDomain();
            builder.AddCollectingJobSink();
        }
        else
        {
            builder.AddCollectingJobSink();
            builder.AddHyyveDomain();
        }

        using var services = builder.Services.BuildServiceProvider();
        using var scope = services.CreateScope();

        var sink = Assert.Single(scope.ServiceProvider.GetServices<IJobSink>());
        Assert.Same(scope.ServiceProvider.GetRequiredService<CollectingJobSink>(), sink);
    }

    [Fact]
    public void Each_scope_gets_its_own_collecting_sink()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddHyyveDomain();
        builder.AddCollectingJobSink();
        using var services = builder.Services.BuildServiceProvider();

        using var first = services.CreateScope();
        using var second = services.CreateScope();

        Assert.NotSame(first.ServiceProvider.GetRequiredService<IJobSink>(), second.ServiceProvider.GetRequiredService<IJobSink>());
    }
}
