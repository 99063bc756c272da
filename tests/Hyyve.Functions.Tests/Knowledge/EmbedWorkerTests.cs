using Hyyve.Domain.Jobs;
using Hyyve.Functions.Knowledge;
using Hyyve.Functions.Tests.Infrastructure;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hyyve.Functions.Tests.Knowledge;

/// <summary>With the local embedding model on, an upload forwards its embedding job and <c>EmbedWorker</c> embeds the chunks
/// and their answer sentences.</summary>
public sealed class EmbedWorkerTests
{
    [Fact]
    public async Task A_small_upload_forwards_one_embedding_job_and_EmbedWorker_embeds_its_chunks()
    {
        await using var world = await FunctionsWorld.StartAsync("fnembed", new Dictionary<string, string?>(TestServer.LocalModel));
        var forwarded = world.Queues.Drain(JobKinds.EmbedChunks); // from the knowledge upload the world starts with

        foreach (var message in forwarded)
        {
            await using var scope = world.Functions.Services.CreateAsyncScope();
            Assert.Null(await FunctionsHost.Activate<EmbedWorker>(scope.ServiceProvider)
                .RunAsync(message, TestFunctionContext.ForQueue(scope.ServiceProvider, nameof(EmbedWorker), 1), CancellationToken.None));
        }

        Assert.Single(forwarded);
        Assert.True(await world.ScalarAsync<long>("SELECT count(*) FROM hyyve.chunks") > 0);
        Assert.Equal(0L, await world.ScalarAsync<long>("SELECT count(*) FROM hyyve.chunks WHERE embedding IS NULL"));
        Assert.Equal(0L, await world.ScalarAsync<long>("SELECT count(*) FROM hyyve.chunks WHERE sentence_embeddings IS NULL"));
    }
}
