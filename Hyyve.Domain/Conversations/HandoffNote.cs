using System.Globalization;
using System.Text;
using Hyyve.Domain.Answering;

namespace Hyyve.Domain.Conversations;

/// <summary>The private note agents read on a handoff: why, what was asked, how sure the bot was, what it found.</summary>
public static class HandoffNote
{
    public static string Format(AnswerResult result, string question, double threshold)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Hyyve handed this conversation to a human. Reason: {result.Reason?.ToSnakeCase() ?? "unknown"}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Question: {question}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Confidence: {result.Confidence:0.00} (threshold {threshold:0.00})");
        if (result.Retrieved.Count == 0)
        {
            text.AppendLine("No relevant knowledge was found.");
        }
        else
        {
            text.AppendLine("Top sources:");
            foreach (var source in result.Retrieved.Take(3))
            {
                var link = source.Url is null ? "" : $" — {source.Url}";
                text.AppendLine(CultureInfo.InvariantCulture, $"{source.Rank}. {source.Title} (score {source.Score:0.000}){link}");
            }
        }

        if (!string.IsNullOrWhiteSpace(result.DraftAnswer))
        {
            text.AppendLine("Draft answer (not sent to the customer):");
            text.AppendLine(result.DraftAnswer);
        }

        return text.ToString().TrimEnd();
    }
}
