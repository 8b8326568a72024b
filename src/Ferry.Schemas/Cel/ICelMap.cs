namespace Ferry.Schemas.Cel;

/// <summary>A CEL map value (a map literal, or a JSON object seen as a map or as a schema object).</summary>
internal interface ICelMap
{
    int Count { get; }

    IEnumerable<object> Keys { get; }

    bool TryGet(object key, out object value);

    /// <summary>Field selection (<c>m.name</c>); schema objects unescape Kubernetes-escaped names.</summary>
    bool TryGetField(string name, out object value);
}
