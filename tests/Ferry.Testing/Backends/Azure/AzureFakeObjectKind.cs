namespace Ferry.Testing.Backends.Azure;

/// <summary>The three Key Vault object collections the fake serves.</summary>
public enum AzureFakeObjectKind
{
    Secret,
    Key,
    Certificate,
}
