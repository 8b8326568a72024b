namespace Ferry.Providers.Pooling;

/// <summary>The resourceVersion of an object a store's credentials come from (a Secret, a ServiceAccount, a ConfigMap).</summary>
public readonly record struct ReferencedObjectVersion(string Kind, string Namespace, string Name, string ResourceVersion);
