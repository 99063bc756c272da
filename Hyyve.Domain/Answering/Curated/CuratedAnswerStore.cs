using Hyyve.Domain.Errors;
using Hyyve.Domain.Knowledge;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Answering.Curated;

/// <summary>Curated answers of a project: list, create (pending), change text or status. The question's vector is stored
/// with it (when an embedding model is configured) so matching a new question costs one query embedding.</summary>
public sealed class CuratedAnswerStore(NpgsqlDataSource dataSource, ChunkEmbedder embedder)
{
    private const string Columns = "id, question, answer, status, source_answer_id, created_at, updated_at";

    public async Task<CuratedAnswerList> ListAsync(Guid projectId, string? status, CancellationToken cancellationToken)
    {
        if (status is not null && !CuratedAnswerNames.Statuses.Contains(status))
        {
            throw new ValidationFailedException("status", "status must be pending, approved or retired.");
        }

        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM hyyve.curated_answers
            WHERE project_id = @project_id AND (@status::text IS NULL OR status = @status::text)
            ORDER BY updated_at DESC, id
            """);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)status ?? DBNull.Value });
        var items = new List<CuratedAnswer>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Read(reader));
        }

        return new CuratedAnswerList(items);
    }

    public async Task<CuratedAnswer> CreateAsync(Guid projectId, NewCuratedAnswer? body, Guid? sourceAnswerId, CancellationToken cancellationToken)
    {
        var question = Required(body?.Question, "question");
        var answer = Required(body?.Answer, "answer");
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO hyyve.curated_answers (id, project_id, question, answer, status, source_answer_id, embedding)
            VALUES (@id, @project_id, @question, @answer, 'pending', @source, @embedding)
            RETURNING {Columns}
            """);
        command.Parameters.AddWithValue("id", Guid.CreateVersion7());
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("question", question);
        command.Parameters.AddWithValue("answer", answer);
        command.Parameters.Add(new NpgsqlParameter("source", NpgsqlDbType.Uuid) { Value = (object?)sourceAnswerId ?? DBNull.Value });
        command.Parameters.Add(await EmbeddingAsync(question, cancellationToken));
        return await SingleAsync(command, cancellationToken) ?? throw new InvalidOperationException("INSERT … RETURNING returned no row.");
    }

    public async Task<CuratedAnswer> UpdateAsync(Guid projectId, Guid id, CuratedAnswerChange? change, CancellationToken cancellationToken)
    {
        if (change is null || (change.Question is null && change.Answer is null && change.Status is null))
        {
            throw new ValidationFailedException("status", "give question, answer or status to change.");
        }

        if (change.Status is not null && !CuratedAnswerNames.Statuses.Contains(change.Status))
        {
            throw new ValidationFailedException("status", "status must be pending, approved or retired.");
        }

        var question = change.Question is null ? null : Required(change.Question, "question");
        var answer = change.Answer is null ? null : Required(change.Answer, "answer");
        await using var command = dataSource.CreateCommand($"""
            UPDATE hyyve.curated_answers
            SET question = coalesce(@question, question), answer = coalesce(@answer, answer), status = coalesce(@status, status),
                embedding = CASE WHEN @question::text IS NULL THEN embedding ELSE @embedding END, updated_at = now()
            WHERE project_id = @project_id AND id = @id
            RETURNING {Columns}
            """);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.Add(new NpgsqlParameter("question", NpgsqlDbType.Text) { Value = (object?)question ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("answer", NpgsqlDbType.Text) { Value = (object?)answer ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)change.Status ?? DBNull.Value });
        command.Parameters.Add(question is null ? new NpgsqlParameter("embedding", NpgsqlDbType.Array | NpgsqlDbType.Real) { Value = DBNull.Value }
            : await EmbeddingAsync(question, cancellationToken));
        return await SingleAsync(command, cancellationToken)
            ?? throw new NotFoundException($"Curated answer {id} was not found in project {projectId}.");
    }

    /// <summary>The approved answers the matcher compares a question with.</summary>
    public async Task<IReadOnlyList<ApprovedCuratedAnswer>> ApprovedAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, question, answer, embedding FROM hyyve.curated_answers WHERE project_id = @project_id AND status = 'approved'");
        command.Parameters.AddWithValue("project_id", projectId);
        var items = new List<ApprovedCuratedAnswer>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new ApprovedCuratedAnswer(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<float[]>(3)));
        }

        return items;
    }

    private async Task<NpgsqlParameter> EmbeddingAsync(string question, CancellationToken cancellationToken) =>
        new("embedding", NpgsqlDbType.Array | NpgsqlDbType.Real) { Value = (object?)await embedder.EmbedQueryAsync(question, cancellationToken) ?? DBNull.Value };

    private static string Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ValidationFailedException(field, $"{field} is required.");
        }

        return value.Length <= CuratedAnswerNames.MaxChars ? value.Trim()
            : throw new ValidationFailedException(field, $"{field} is longer than {CuratedAnswerNames.MaxChars} characters.");
    }

    private static async Task<CuratedAnswer?> SingleAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static CuratedAnswer Read(NpgsqlDataReader reader) => new(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
        reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetFieldValue<DateTimeOffset>(6));
}

public sealed record ApprovedCuratedAnswer(Guid Id, string Question, string Answer, float[]? Embedding);
