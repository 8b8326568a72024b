namespace Ferry.Providers;

/// <summary>
/// The provider has no such secret (ESO's <c>NoSecretErr</c>). The ExternalSecret controller treats it apart from
/// every other failure: under deletionPolicy Delete or Merge the source is skipped, under Retain it is an error.
/// The message never names the key, since keys can be sensitive paths; callers add context they know is safe.
/// </summary>
public sealed class SecretNotFoundException : Exception
{
    /// <summary>ESO's exact message for NoSecretErr.</summary>
    public const string DefaultMessage = "Secret does not exist";

    public SecretNotFoundException()
        : base(DefaultMessage)
    {
    }

    public SecretNotFoundException(string message)
        : base(message)
    {
    }

    public SecretNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
