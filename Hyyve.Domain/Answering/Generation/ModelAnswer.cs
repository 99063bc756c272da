using System.ComponentModel;

namespace Hyyve.Domain.Answering.Generation;

/// <summary>The structured output the model is asked for; its JSON schema is generated from this type.</summary>
internal sealed record ModelAnswer(
    [property: Description("The answer to the customer, citing sources inline as [1], [2]. Empty when the sources do not answer.")]
    string? Answer,
    [property: Description("Numbers of the sources the answer is based on.")]
    IReadOnlyList<int>? Citations,
    [property: Description("True only when the sources answer the question.")]
    bool Answerable);
