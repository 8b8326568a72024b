namespace Ferry.Testing.Backends.Azure;

/// <summary>How a client authenticated to the fake's Entra ID endpoints.</summary>
public enum AzureFakeGrant
{
    ClientSecret,
    ClientCertificate,
    FederatedToken,
    ManagedIdentity,
}
