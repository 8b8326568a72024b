namespace Ferry.Schemas.Cel;

/// <summary>A syntax or type error in a CEL expression, worded as cel-go reports it.</summary>
internal sealed class CelCompileException : Exception
{
    public CelCompileException()
    {
    }

    public CelCompileException(string message)
        : base(message)
    {
    }

    public CelCompileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CelCompileException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    /// <summary>Offset in the expression text, or -1.</summary>
    public int Position { get; } = -1;
}
