namespace Ferry.Providers;

/// <summary>
/// A provider operation failed for a reason a retry may or may not fix (bad input, backend error). Messages
/// describe the failure and never carry secret values.
/// </summary>
public class ProviderException : Exception
{
    public ProviderException()
    {
    }

    public ProviderException(string message)
        : base(message)
    {
    }

    public ProviderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
