namespace Ferry.Testing.Backends.Azure;

public sealed record AzureKeyVaultFakeOptions
{
    /// <summary>The directory (tenant) the vault belongs to; tokens from another tenant are refused.</summary>
    public string TenantId { get; init; } = "5f0e3f2a-6c1b-4c55-9a1e-f3e2d7c0a001";

    /// <summary>The audience a token must carry (Key Vault's resource in the public cloud).</summary>
    public string Audience { get; init; } = "https://vault.azure.net";

    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Items per list page (Key Vault allows at most 25); small values exercise nextLink paging.</summary>
    public int PageSize { get; init; } = 25;

    /// <summary>Deleted objects stay recoverable (the default for every vault since 2020).</summary>
    public bool SoftDelete { get; init; } = true;

    /// <summary>api-version values accepted; others get 400 as the service answers unknown versions.</summary>
    public IReadOnlyList<string> ApiVersions { get; init; } =
        ["7.0", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "2025-07-01", "2026-04-01"];

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
