namespace Ferry.Testing.Backends.Webhook;

/// <summary>A request the fake received, as tests inspect it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);
