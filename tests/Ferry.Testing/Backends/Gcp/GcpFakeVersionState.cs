namespace Ferry.Testing.Backends.Gcp;

/// <summary>SecretVersion.State, numbered as the API's enum (the Node client asks for numbers).</summary>
public enum GcpFakeVersionState
{
    Enabled = 1,
    Disabled = 2,
    Destroyed = 3,
}
