namespace Ferry.Providers.Gcp.Auth;

internal static class GcpScopes
{
    public const string CloudPlatform = "https://www.googleapis.com/auth/cloud-platform";
}
