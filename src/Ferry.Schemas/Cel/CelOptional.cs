namespace Ferry.Schemas.Cel;

/// <summary>CEL's optional value, used for <c>oldSelf</c> when a rule sets optionalOldSelf.</summary>
internal sealed class CelOptional(object? value)
{
    public static readonly CelOptional None = new(null);

    public object? Value { get; } = value;

    public bool HasValue => Value is not null;
}
