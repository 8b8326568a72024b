namespace Ferry.Providers.Tests.Contract;

/// <summary>One secret a fixture seeds into its backend before the contract tests run.</summary>
public sealed record ContractSecret(string Key, string Value, string? Version = null);
