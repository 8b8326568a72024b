using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster.Semantics;

/// <summary>Lists with selectors and limit/continue paging, and the predicate watches share with them.</summary>
internal sealed partial class ObjectService
{
    private const string ContinueTooOld =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

    public ListResult List(ResourceType type, ListQuery query)
    {
        lock (Store.Gate)
        {
            var (afterNamespace, afterName, listRevision) = ParseContinue(query.Continue);
            var revision = listRevision ?? Store.Revision;
            var items = new List<StoredObject>();
            var matches = Matcher(type, query);
            string? next = null;
            long? remaining = null;
            // Pages after the first show the state at the first page's resourceVersion, which the token carries.
            var source = listRevision is { } at
                ? Store.ScanAt(type.GroupResource, query.Namespace, afterNamespace, afterName, at)
                : Store.Table(type.GroupResource).Scan(query.Namespace, afterNamespace, afterName);
            using var scan = source.GetEnumerator();
            while (scan.MoveNext())
            {
                var stored = scan.Current;
                if (!matches(stored))
                {
                    continue;
                }

                if (query.Limit > 0 && items.Count == query.Limit)
                {
                    var last = items[^1];
                    next = EncodeContinue(last.Namespace, last.Name, revision);
                    remaining = query.Labels.IsEmpty && query.Fields.IsEmpty ? CountRemaining(scan, matches) + 1 : null;
                    break;
                }

                items.Add(stored);
            }

            return new ListResult(items, revision, next, remaining);
        }
    }

    /// <summary>The selector predicate for lists and watches; rejects fields the kind cannot select on.</summary>
    public static Func<StoredObject, bool> Matcher(ResourceType type, ListQuery query)
    {
        foreach (var field in query.Fields.Fields)
        {
            if (field is not ("metadata.name" or "metadata.namespace") && type.Strategy.SelectableField(field, []) is null)
            {
                throw ApiErrors.BadRequest($"field label not supported: {field}");
            }
        }

        if (query.Labels.IsEmpty && query.Fields.IsEmpty)
        {
            return static _ => true;
        }

        return stored =>
        {
            if (!query.Labels.IsEmpty)
            {
                if (!query.Labels.Matches(stored.Label))
                {
                    return false;
                }
            }

            return query.Fields.IsEmpty || query.Fields.Matches(field => field switch
            {
                "metadata.name" => stored.Name,
                "metadata.namespace" => stored.Namespace,
                _ => type.Strategy.SelectableField(field, stored.Value),
            });
        };
    }

    internal IEnumerable<StoredObject> Select(ResourceType type, ListQuery query)
    {
        var matches = Matcher(type, query);
        return Store.Table(type.GroupResource).Scan(query.Namespace, null, null).Where(matches);
    }

    private static long CountRemaining(IEnumerator<StoredObject> scan, Func<StoredObject, bool> matches)
    {
        long count = 0;
        while (scan.MoveNext())
        {
            if (matches(scan.Current))
            {
                count++;
            }
        }

        return count;
    }

    private static string EncodeContinue(string ns, string name, long revision)
    {
        var token = new JsonObject { ["v"] = "meta.k8s.io/v1", ["rv"] = revision, ["ns"] = ns, ["start"] = name };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token.ToJsonString()));
    }

    private (string? Namespace, string? Name, long? Revision) ParseContinue(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return (null, null, null);
        }

        JsonObject parsed;
        try
        {
            parsed = JsonNode.Parse(Base64Url.DecodeFromChars(token))!.AsObject();
        }
        catch (Exception exception) when (exception is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            throw ApiErrors.BadRequest("continue key is not valid: " + exception.Message);
        }

        var revision = (long?)parsed["rv"] ?? 0;
        if (revision < Store.CompactedRevision)
        {
            throw ApiErrors.Expired(ContinueTooOld);
        }

        return ((string?)parsed["ns"] ?? string.Empty, (string?)parsed["start"], revision);
    }
}
