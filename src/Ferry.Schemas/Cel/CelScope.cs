namespace Ferry.Schemas.Cel;

/// <summary>Variable bindings during evaluation; comprehension variables shadow outer ones.</summary>
internal sealed record CelScope(string Name, object Value, CelScope? Parent)
{
    public bool TryGet(string name, out object value)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (string.Equals(scope.Name, name, StringComparison.Ordinal))
            {
                value = scope.Value;
                return true;
            }
        }

        value = CelNull.Instance;
        return false;
    }
}
