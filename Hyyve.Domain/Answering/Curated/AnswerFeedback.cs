using Hyyve.Domain.Errors;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Answering.Curated;

/// <summary>
/// <c>POST …/answers/{answerId}/feedback</c>: an agent rates an answer (the latest rating stands); a corrected answer becomes
/// a curated answer pending approval, for the question the answer was given to.
/// </summary>
public sealed class AnswerFeedback(NpgsqlDataSource dataSource, CuratedAnswerStore curated)
{
    public async Task<FeedbackRecorded> RateAsync(Guid projectId, Guid answerId, FeedbackBody? body, CancellationToken cancellationToken)
    {
        if (body?.Rating is not ("up" or "down"))
        {
            throw new ValidationFailedException("rating", "rating must be up or down.");
        }

        var corrected = string.IsNullOrWhiteSpace(body.CorrectedAnswer) ? null : body.CorrectedAnswer.Trim();
        if (corrected?.Length > CuratedAnswerNames.MaxChars)
        {
            throw new ValidationFailedException("correctedAnswer", $"correctedAnswer is longer than {CuratedAnswerNames.MaxChars} characters.");
        }

        await using var command = dataSource.CreateCommand("""
            WITH answer AS (SELECT answer_id, question FROM hyyve.chat_rag_metadata WHERE answer_id = @answer_id AND project_id = @project_id),
            rated AS (
                INSERT INTO hyyve.answer_feedback (answer_id, project_id, rating, corrected_answer)
                SELECT answer_id, @project_id, @rating, @corrected FROM answer
                ON CONFLICT (answer_id) DO UPDATE SET rating = excluded.rating, corrected_answer = excluded.corrected_answer, updated_at = now())
            SELECT question FROM answer
            """);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("answer_id", answerId);
        command.Parameters.AddWithValue("rating", body.Rating);
        command.Parameters.Add(new NpgsqlParameter("corrected", NpgsqlDbType.Text) { Value = (object?)corrected ?? DBNull.Value });
        var question = await command.ExecuteScalarAsync(cancellationToken) as string
            ?? throw new NotFoundException($"Answer {answerId} was not found in project {projectId}.");
        var created = corrected is null ? null
            : await curated.CreateAsync(projectId, new NewCuratedAnswer(question, corrected), answerId, cancellationToken);
        return new FeedbackRecorded(answerId, body.Rating, created?.Id);
    }
}

/// <summary>Body of the feedback route.</summary>
public sealed record FeedbackBody(string? Rating, string? CorrectedAnswer);

/// <summary>The rating stored, and the curated answer a correction created (pending).</summary>
public sealed record FeedbackRecorded(Guid AnswerId, string Rating, Guid? CuratedAnswerId);
