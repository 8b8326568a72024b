namespace Ferry.Providers;

/// <summary>
/// The provider cannot do this at all: a push or delete on a read-only provider, a read on a write-only one, or a
/// find operator it does not implement. ESO requires these to fail loudly; a silent success would let a
/// PushSecret report Synced while nothing was written.
/// </summary>
public sealed class UnsupportedOperationException : ProviderException
{
    public UnsupportedOperationException()
    {
    }

    public UnsupportedOperationException(string message)
        : base(message)
    {
    }

    public UnsupportedOperationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
