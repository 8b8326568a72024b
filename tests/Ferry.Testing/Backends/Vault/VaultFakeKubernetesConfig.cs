namespace Ferry.Testing.Backends.Vault;

/// <summary>
/// Vault's auth/kubernetes/config: the API server whose TokenReview checks login JWTs, the reviewer's token, and
/// the CA that signs the API server's certificate (null for plain HTTP or trusted roots).
/// </summary>
public sealed record VaultFakeKubernetesConfig(Uri KubernetesHost, string TokenReviewerJwt, string? KubernetesCaPem = null);
