using System.Text.Json.Nodes;

namespace Hyyve.IntegrationTests.Infrastructure.FakeAzureSearch;

/// <summary>The service's state: index definitions and their documents, keyed by the index's key field.</summary>
internal sealed class FakeSearchIndexes
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JsonObject> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, JsonObject>> _documents = new(StringComparer.Ordinal);
    private readonly List<FakeSearchRequest> _searches = [];
    private int _etag;

    public IReadOnlyList<FakeSearchRequest> Searches
    {
        get { lock (_gate) { return [.. _searches]; } }
    }

    public JsonObject? Definition(string name)
    {
        lock (_gate) { return _definitions.TryGetValue(name, out var d) ? (JsonObject)d.DeepClone() : null; }
    }

    public IReadOnlyList<JsonObject> Documents(string index, string? filter)
    {
        var predicate = FakeSearchFilter.Parse(filter);
        lock (_gate)
        {
            return _documents.TryGetValue(index, out var docs) ? [.. docs.Values.Where(predicate).Select(d => (JsonObject)d.DeepClone())] : [];
        }
    }

    public (int, JsonNode?) CreateOrUpdate(string name, JsonObject definition)
    {
        if (definition["fields"] is not JsonArray fields || !fields.OfType<JsonObject>().Any(f => f["key"]?.GetValue<bool>() == true))
        {
            return (400, FakeSearchResponses.Error("InvalidRequestParameter", "The index needs fields and exactly one key field."));
        }

        lock (_gate)
        {
            var created = !_definitions.ContainsKey(name);
            definition["@odata.etag"] = $"\"0x{++_etag:X}\"";
            _definitions[name] = definition;
            _documents.TryAdd(name, new Dictionary<string, JsonObject>(StringComparer.Ordinal));
            return (created ? 201 : 200, definition.DeepClone());
        }
    }

    public (int, JsonNode?) Get(string name)
    {
        lock (_gate)
        {
            return _definitions.TryGetValue(name, out var d)
                ? (200, d.DeepClone())
                : (404, FakeSearchResponses.Error("ResourceNameNotFound", $"No index with the name '{name}' was found."));
        }
    }

    public (int, JsonNode?) Index(string name, JsonObject body)
    {
        lock (_gate)
        {
            if (!_definitions.TryGetValue(name, out var definition))
            {
                return (404, FakeSearchResponses.Error("ResourceNameNotFound", $"No index with the name '{name}' was found."));
            }

            var key = definition["fields"]!.AsArray().OfType<JsonObject>().First(f => f["key"]?.GetValue<bool>() == true)["name"]!.GetValue<string>();
            var known = definition["fields"]!.AsArray().OfType<JsonObject>().Select(f => f["name"]!.GetValue<string>()).ToHashSet();
            var docs = _documents[name];
            var results = new JsonArray();
            foreach (var action in body["value"]!.AsArray().OfType<JsonObject>())
            {
                var id = action[key]?.GetValue<string>();
                var unknown = action.Select(p => p.Key).FirstOrDefault(k => k != "@search.action" && !known.Contains(k));
                if (id is null || unknown is not null)
                {
                    return (400, FakeSearchResponses.Error("InvalidDocumentKey", unknown is null ? "A document has no key." : $"The property '{unknown}' does not exist."));
                }

                var kind = action["@search.action"]?.GetValue<string>() ?? "upload";
                var fields = new JsonObject(action.Where(p => p.Key != "@search.action").Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
                var existed = docs.ContainsKey(id);
                switch (kind)
                {
                    case "delete":
                        docs.Remove(id);
                        break;
                    case "upload":
                        docs[id] = fields;
                        break;
                    case "merge" when !existed:
                        return (207, Result(results, id, false, 404));
                    default: // merge, mergeOrUpload
                        var merged = existed ? docs[id] : new JsonObject();
                        foreach (var (field, value) in fields)
                        {
                            merged[field] = value?.DeepClone();
                        }

                        docs[id] = merged;
                        break;
                }

                Result(results, id, true, existed || kind == "delete" ? 200 : 201);
            }

            return (200, new JsonObject { ["value"] = results });
        }
    }

    public (int, JsonNode?) Search(string name, JsonObject body)
    {
        Func<JsonObject, bool> filter;
        try
        {
            filter = FakeSearchFilter.Parse(body["filter"]?.GetValue<string>());
        }
        catch (FormatException ex)
        {
            return (400, FakeSearchResponses.Error("InvalidRequestParameter", ex.Message));
        }

        lock (_gate)
        {
            var vectors = body["vectorQueries"] as JsonArray;
            _searches.Add(new FakeSearchRequest(name, body["search"]?.GetValue<string>(), body["filter"]?.GetValue<string>(),
                vectors is { Count: > 0 }, body["queryType"]?.GetValue<string>()));
            if (!_documents.TryGetValue(name, out var docs))
            {
                return (404, FakeSearchResponses.Error("ResourceNameNotFound", $"No index with the name '{name}' was found."));
            }

            var searchable = _definitions[name]["fields"]!.AsArray().OfType<JsonObject>()
                .Where(f => f["searchable"]?.GetValue<bool>() == true && f["type"]?.GetValue<string>() == "Edm.String")
                .Select(f => f["name"]!.GetValue<string>()).ToHashSet();
            var ranked = FakeSearchScoring.Rank([.. docs.Values.Where(filter)], searchable, body["search"]?.GetValue<string>(), vectors);
            var top = body["top"]?.GetValue<int>() ?? 50;
            var select = body["select"]?.GetValue<string>()?.Split(',', StringSplitOptions.TrimEntries).ToHashSet();
            var value = new JsonArray([.. ranked.Take(top).Select(r =>
            {
                var hit = new JsonObject { ["@search.score"] = r.Score };
                foreach (var (field, v) in r.Document.Where(p => select is null || select.Contains(p.Key)))
                {
                    hit[field] = v?.DeepClone();
                }

                return (JsonNode)hit;
            })]);
            return (200, new JsonObject { ["value"] = value });
        }
    }

    private static JsonArray Result(JsonArray results, string key, bool ok, int status)
    {
        results.Add(new JsonObject { ["key"] = key, ["status"] = ok, ["errorMessage"] = ok ? null : "Document not found.", ["statusCode"] = status });
        return results;
    }
}
