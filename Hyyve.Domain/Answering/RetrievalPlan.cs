using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Answering;

/// <summary>What to search for: the terms, the entity the conversation is about (if any) and where it was named.</summary>
public sealed record RetrievalPlan(IReadOnlyList<QueryTerm> Terms, KnowledgeEntity? Entity, EntitySource EntitySource);

/// <summary>Where the entity of a question was found.</summary>
public enum EntitySource
{
    None,
    Question,
    History,
}
