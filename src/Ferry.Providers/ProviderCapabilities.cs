namespace Ferry.Providers;

/// <summary>What a provider can do; the names are the strings ESO writes to a store's status.capabilities.</summary>
public enum ProviderCapabilities
{
    ReadOnly,
    WriteOnly,
    ReadWrite,
}
