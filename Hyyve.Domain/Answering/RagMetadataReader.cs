using System.Text.Json;
using Npgsql;

namespace Hyyve.Domain.Answering;

/// <summary>Rebuilds a stored <see cref="AnswerResult"/> from a <see cref="RagMetadataSql.SelectForMessage"/> row.</summary>
internal static class RagMetadataReader
{
    public static async Task<AnswerResult?> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var reason = reader.IsDBNull(2) ? (HandoffReason?)null : ParseReason(reader.GetString(2));
        var citations = JsonSerializer.Deserialize(reader.GetString(6), AnsweringJsonContext.Default.ListCitation) ?? [];
        using var sources = JsonDocument.Parse(reader.GetString(13));
        var retrieved = sources.RootElement.EnumerateArray().Select(s => new RetrievedSource(
            s[0].GetInt32(), s[1].GetString()!, s[2].GetString()!, s[3].ValueKind == JsonValueKind.Null ? null : s[3].GetString(),
            s[4].GetGuid(), s[5].GetDouble(), "", s[6].GetBoolean())).ToList();
        return new AnswerResult(
            reader.GetGuid(0),
            AnswerDecisionNames.ParseDecision(reader.GetString(1)),
            reason,
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.GetFloat(5),
            citations,
            retrieved,
            new AnswerTimings(reader.GetFloat(7), reader.GetFloat(8), reader.GetFloat(9)),
            reader.GetString(10),
            new TokenUsage(reader.GetInt32(11), reader.GetInt32(12)));
    }

    private static HandoffReason ParseReason(string name) =>
        Enum.GetValues<HandoffReason>().First(r => r.ToSnakeCase() == name);
}
