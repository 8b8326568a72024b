namespace Ferry.Schemas.Cel;

/// <summary>Evaluation stopped because the rule used up its cost limit.</summary>
internal sealed class CelCostExceededException : Exception
{
    public CelCostExceededException()
        : base("operation cancelled: actual cost limit exceeded")
    {
    }

    public CelCostExceededException(string message)
        : base(message)
    {
    }

    public CelCostExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
