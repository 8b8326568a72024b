using Ferry.Api.V1;

namespace Ferry.Controllers.Stores;

/// <summary>The store's Ready condition as the flood gate reads it: ValidationUnknown is Ready=True, so it passes.</summary>
internal static class StoreReadiness
{
    public const string ReadyType = "Ready";

    public static bool IsReady(SecretStoreStatus? status) =>
        status?.Conditions?.Any(c => c.Type == ReadyType && c.Status == "True") == true;

    /// <summary>"True", "False", or null when no Ready condition was written yet.</summary>
    public static string? ReadyStatus(SecretStoreStatus? status) =>
        status?.Conditions?.FirstOrDefault(c => c.Type == ReadyType)?.Status;
}
