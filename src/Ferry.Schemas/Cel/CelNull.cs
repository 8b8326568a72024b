namespace Ferry.Schemas.Cel;

/// <summary>CEL's null value.</summary>
internal sealed class CelNull
{
    public static readonly CelNull Instance = new();

    private CelNull()
    {
    }

    public override string ToString() => "null";
}
