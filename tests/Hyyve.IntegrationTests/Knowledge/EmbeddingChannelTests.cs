using System.Text.Json;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Hyyve.IntegrationTests.Knowledge;

/// <summary>The optional vector channel: chunks embedded at ingestion, questions at search time, fused with full text.</summary>
public sealed class EmbeddingChannelTests
{
    private static readonly object[] Documents =
    [
        KnowledgeProject.Doc("refund-policy", "Refund policy", "Yearly plans can be refunded in full within 14 days of purchase."),
        KnowledgeProject.Doc("invoices", "Invoices", "Invoices are under Billing and can be downloaded as PDF files."),
        KnowledgeProject.Doc("password", "Reset your password", "Choose Forgot password on the sign-in page and follow the emailed link."),
    ];

    [Fact]
    public async Task A_question_sharing_no_word_with_the_answer_is_found_through_the_embeddings()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("embeddings"), services: services =>
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new ConceptEmbedder()));
        var project = await KnowledgeProject.CreateAsync(server);
        (await project.PostDocumentsAsync(Documents)).EnsureSuccessStatusCode();
        await project.WaitForEmbeddingsAsync();

        var hits = await project.SearchAsync("annual reimbursement");
        var asked = await project.AskAsync("annual reimbursement?");

        Assert.Equal("refund-policy", hits[0].GetProperty("externalId").GetString());
        Assert.Equal("refund-policy", asked.GetProperty("retrieved")[0].GetProperty("externalId").GetString());
        Assert.Equal(3L, await ScalarAsync(server, "SELECT count(*) FROM hyyve.chunks WHERE embedding IS NOT NULL"));
    }

    [Fact]
    public async Task Evidence_from_the_vectors_alone_does_not_make_the_bot_answer()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("vectorsonly"), services: services =>
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new ConceptEmbedder()));
        var project = await KnowledgeProject.CreateAsync(server);
        (await project.PostDocumentsAsync(Documents)).EnsureSuccessStatusCode();
        await project.WaitForEmbeddingsAsync();

        // No word in common with any document; the vectors still find each a little similar (shared hashed dimensions).
        var asked = await project.AskAsync("What time does the museum open?");

        var retrieved = asked.GetProperty("retrieved").EnumerateArray().ToList();
        Assert.NotEmpty(retrieved);
        Assert.All(retrieved, r => Assert.True(r.GetProperty("coverage").GetDouble() == 0 && r.GetProperty("similarity").GetDouble() > 0, r.ToString()));
        Assert.Equal(("handoff", "missing_knowledge"), (asked.GetProperty("decision").GetString(), asked.GetProperty("reason").GetString()));
        Assert.Equal(JsonValueKind.Null, asked.GetProperty("answer").ValueKind);
    }

    [Fact]
    public async Task The_answer_sentences_are_embedded_at_ingestion_so_answering_embeds_only_the_question()
    {
        var model = new RecordingEmbedder(new ConceptEmbedder());
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("sentencevectors"), services: services =>
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(model));
        var project = await KnowledgeProject.CreateAsync(server);
        (await project.PostDocumentsAsync(Documents)).EnsureSuccessStatusCode();
        await project.WaitForEmbeddingsAsync();

        // One sentence per document: its vector as written and under its heading, 20 dimensions each.
        Assert.Equal(3L, await ScalarAsync(server, "SELECT count(*) FROM hyyve.chunks WHERE cardinality(sentence_embeddings) = 2 * 20"));
        model.Texts.Clear();
        var stored = await project.AskAsync("annual reimbursement?");
        var askedWithStoredVectors = model.Texts.ToList();

        // Chunks embedded before sentence vectors were stored: the sentences are embedded when first asked about.
        await ScalarAsync(server, "WITH cleared AS (UPDATE hyyve.chunks SET sentence_embeddings = NULL RETURNING 1) SELECT count(*) FROM cleared");
        model.Texts.Clear();
        var unstored = await project.AskAsync("annual reimbursement?");

        Assert.DoesNotContain(askedWithStoredVectors, t => t.Contains("14 days", StringComparison.Ordinal));
        Assert.Contains(model.Texts, t => t.Contains("14 days", StringComparison.Ordinal));
        Assert.Equal(stored.GetProperty("answer").GetString() ?? stored.GetProperty("draftAnswer").GetString(),
            unstored.GetProperty("answer").GetString() ?? unstored.GetProperty("draftAnswer").GetString());
        Assert.Equal(stored.GetProperty("confidence").GetDouble(), unstored.GetProperty("confidence").GetDouble(), 6);
    }

    [Fact]
    public async Task A_large_batch_gets_its_sentence_vectors_after_its_job_too()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("batchsentences"),
            new Dictionary<string, string?> { ["Knowledge:SynchronousBatchLimit"] = "2" },
            services => services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new ConceptEmbedder()));
        var project = await KnowledgeProject.CreateAsync(server);

        var response = await project.PostDocumentsAsync(Documents);
        await project.WaitForEmbeddingsAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(3, (await project.ListAsync()).GetProperty("sentenceEmbeddedChunks").GetInt32());
    }

    [Fact]
    public async Task Without_an_embedding_model_the_same_question_finds_nothing()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("noembeddings"));
        var project = await KnowledgeProject.CreateAsync(server);
        (await project.PostDocumentsAsync(Documents)).EnsureSuccessStatusCode();

        var hits = await project.SearchAsync("annual reimbursement");

        Assert.Equal(JsonValueKind.Array, hits.ValueKind);
        Assert.Equal(0, hits.GetArrayLength());
        Assert.Equal(0L, await ScalarAsync(server, "SELECT count(*) FROM hyyve.chunks WHERE embedding IS NOT NULL"));
    }

    private static async Task<long> ScalarAsync(TestServer server, string sql)
    {
        await using var command = server.Get<Npgsql.NpgsqlDataSource>().CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A model that notes every text it is asked to embed.</summary>
    private sealed class RecordingEmbedder(IEmbeddingGenerator<string, Embedding<float>> inner) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Texts { get; } = new();

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
            EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = values.ToList();
            list.ForEach(Texts.Enqueue);
            return inner.GenerateAsync(list, options, cancellationToken);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

        public void Dispose() => inner.Dispose();
    }

    /// <summary>
    /// A deterministic stand-in for an embedding model: words of one concept ("annual", "yearly") share a dimension,
    /// other words hash into the rest, so similarity follows meaning the way a real model's does, without a network.
    /// </summary>
    internal sealed class ConceptEmbedder : IEmbeddingGenerator<string, Embedding<float>>
    {
        private static readonly string[][] Concepts =
        [
            ["annual", "yearly", "year"],
            ["refund", "refunded", "reimbursement", "reimburse", "money"],
            ["invoice", "invoices", "bill", "billing", "receipt"],
            ["password", "passcode", "sign"],
        ];

        private const int HashedDimensions = 16;

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
            EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(Embed(v)))));

        private static float[] Embed(string text)
        {
            var vector = new float[Concepts.Length + HashedDimensions];
            foreach (var word in text.ToLowerInvariant().Split(' ', '\n', '.', ',', '?').Where(w => w.Length > 2))
            {
                var concept = Array.FindIndex(Concepts, c => c.Contains(word));
                vector[concept >= 0 ? concept : Concepts.Length + word.Sum(ch => ch) % HashedDimensions] += concept >= 0 ? 3 : 1;
            }

            return vector;
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
