namespace Ferry.Crds;

/// <summary>Recognises the collection types the API uses: maps keyed by string, and lists.</summary>
internal static class CollectionShapes
{
    /// <summary>The value type of a string-keyed dictionary, or null when the type is not one.</summary>
    public static Type? MapValueType(Type type)
    {
        foreach (var candidate in SelfAndInterfaces(type))
        {
            if (candidate.IsGenericType
                && candidate.GetGenericTypeDefinition() is var definition
                && (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)))
            {
                var arguments = candidate.GetGenericArguments();
                if (arguments[0] != typeof(string))
                {
                    throw new NotSupportedException($"{type}: JSON object keys are strings; a map must be keyed by string.");
                }

                return arguments[1];
            }
        }

        return null;
    }

    /// <summary>The item type of a list or array (strings and byte arrays are scalars), or null.</summary>
    public static Type? ListItemType(Type type)
    {
        if (type == typeof(string) || type == typeof(byte[]))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        foreach (var candidate in SelfAndInterfaces(type))
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                return candidate.GetGenericArguments()[0];
            }
        }

        return null;
    }

    private static Type[] SelfAndInterfaces(Type type) => type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces();
}
