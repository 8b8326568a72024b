namespace Ferry.Templating.Values;

/// <summary>Go's invalid reflect.Value: "no value" (prints <c>&lt;no value&gt;</c>), distinct from nil.</summary>
public sealed class Missing
{
    private Missing()
    {
    }

    public static Missing Value { get; } = new();

    public override string ToString() => "<no value>";
}
