namespace Ferry.Controllers.SecretStores;

/// <summary>A store failed to build a client or to validate; thrown after status is written so the key backs off.</summary>
public sealed class StoreValidationException : Exception
{
    public StoreValidationException()
    {
    }

    public StoreValidationException(string message)
        : base(message)
    {
    }

    public StoreValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
