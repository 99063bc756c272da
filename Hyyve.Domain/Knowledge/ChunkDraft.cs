namespace Hyyve.Domain.Knowledge;

/// <summary>One chunk of a document: its place in the document, the headings above it and its text.</summary>
public sealed record ChunkDraft(int Position, string HeadingPath, string Text);

/// <summary>A run of text under one heading path.</summary>
public sealed record DocumentSection(string HeadingPath, IReadOnlyList<string> Paragraphs);
