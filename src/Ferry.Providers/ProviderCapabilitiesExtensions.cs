namespace Ferry.Providers;

public static class ProviderCapabilitiesExtensions
{
    public static bool CanRead(this ProviderCapabilities capabilities) =>
        capabilities is ProviderCapabilities.ReadOnly or ProviderCapabilities.ReadWrite;

    public static bool CanWrite(this ProviderCapabilities capabilities) =>
        capabilities is ProviderCapabilities.WriteOnly or ProviderCapabilities.ReadWrite;

    /// <summary>The exact status.capabilities text ESO writes.</summary>
    public static string ToStatusText(this ProviderCapabilities capabilities) => capabilities switch
    {
        ProviderCapabilities.ReadOnly => "ReadOnly",
        ProviderCapabilities.WriteOnly => "WriteOnly",
        _ => "ReadWrite",
    };
}
