namespace Ferry.Schemas.Cel;

/// <summary>A CEL runtime error ("no such key: x", "division by zero", "no such overload").</summary>
internal sealed class CelEvalException : Exception
{
    public CelEvalException()
    {
    }

    public CelEvalException(string message)
        : base(message)
    {
    }

    public CelEvalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
