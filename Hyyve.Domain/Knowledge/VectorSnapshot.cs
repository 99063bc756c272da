namespace Hyyve.Domain.Knowledge;

/// <summary>One project's chunk vectors, row-major in one array, with each row's chunk, document and entity.</summary>
internal sealed class VectorSnapshot
{
    private readonly float[] _matrix;
    private readonly int _dimensions;
    private readonly Guid[] _chunks;
    private readonly string[] _documents;
    private readonly string?[] _entities;
    private readonly Dictionary<Guid, int> _rowOf;

    private VectorSnapshot(long version, DateTimeOffset at, float[] matrix, int dimensions, Guid[] chunks, string[] documents, string?[] entities)
    {
        (Version, At, _matrix, _dimensions, _chunks, _documents, _entities) = (version, at, matrix, dimensions, chunks, documents, entities);
        _rowOf = new Dictionary<Guid, int>(chunks.Length);
        for (var i = 0; i < chunks.Length; i++)
        {
            _rowOf[chunks[i]] = i;
        }
    }

    public long Version { get; }

    public DateTimeOffset At { get; }

    public IReadOnlyList<VectorHit> Rank(float[] unitQuery, string? entity, int documents)
    {
        if (_chunks.Length == 0 || unitQuery.Length != _dimensions)
        {
            return [];
        }

        var best = new Dictionary<string, (int Row, float Similarity)>(StringComparer.Ordinal);
        for (var row = 0; row < _chunks.Length; row++)
        {
            if (entity is not null && _entities[row] != entity)
            {
                continue;
            }

            var similarity = VectorIndex.Dot(unitQuery, _matrix.AsSpan(row * _dimensions, _dimensions));
            if (!best.TryGetValue(_documents[row], out var current) || similarity > current.Similarity)
            {
                best[_documents[row]] = (row, similarity);
            }
        }

        return best.OrderByDescending(b => b.Value.Similarity).ThenBy(b => b.Key, StringComparer.Ordinal).Take(documents)
            .Select(b => new VectorHit(_chunks[b.Value.Row], b.Key, b.Value.Similarity)).ToList();
    }

    public float[]? VectorOf(Guid chunkId) =>
        _rowOf.TryGetValue(chunkId, out var row) ? _matrix.AsSpan(row * _dimensions, _dimensions).ToArray() : null;

    /// <summary>Collects rows; vectors of another length than the first (a model changed mid-way) are left out.</summary>
    public sealed class Builder
    {
        private readonly List<float> _values = [];
        private readonly List<Guid> _chunks = [];
        private readonly List<string> _documents = [];
        private readonly List<string?> _entities = [];
        private int _dimensions;

        public void Add(Guid chunkId, string externalId, string? entity, float[] unitVector)
        {
            _dimensions = _dimensions == 0 ? unitVector.Length : _dimensions;
            if (unitVector.Length != _dimensions)
            {
                return;
            }

            _values.AddRange(unitVector);
            _chunks.Add(chunkId);
            _documents.Add(externalId);
            _entities.Add(entity);
        }

        public VectorSnapshot Build(long version, DateTimeOffset at) =>
            new(version, at, _values.ToArray(), _dimensions, _chunks.ToArray(), _documents.ToArray(), _entities.ToArray());
    }
}
