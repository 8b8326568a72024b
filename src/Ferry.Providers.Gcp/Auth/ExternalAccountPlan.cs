namespace Ferry.Providers.Gcp.Auth;

/// <summary>A credConfig that passed <see cref="ExternalAccountRules"/>: what to read, exchange and impersonate.</summary>
internal sealed record ExternalAccountPlan(string Audience, string SubjectTokenType, ExternalCredentialSource Source, Uri? Impersonation);
