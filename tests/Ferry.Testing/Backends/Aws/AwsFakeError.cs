namespace Ferry.Testing.Backends.Aws;

/// <summary>An error the fake answers with: the HTTP status, the service's error code and its message.</summary>
internal sealed class AwsFakeError(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}
