namespace Ferry.Testing.Backends.Aws;

/// <summary>One request the fake answered: which operation, signed with which key (null when unsigned or rejected before), and the status sent.</summary>
public sealed record AwsFakeRequest(string Operation, string? AccessKeyId, int Status);
