namespace Ferry.Providers.Gcp;

/// <summary>
/// Reads a ConfigMap's data for <c>workloadIdentityFederation.credConfig</c>; null when the ConfigMap does not exist.
/// The host wires it to the operator's own cluster connection (Ferry.Providers stays free of the Kubernetes client).
/// </summary>
public delegate ValueTask<IReadOnlyDictionary<string, string>?> GcpConfigMapReader(string @namespace, string name, CancellationToken cancellationToken);
