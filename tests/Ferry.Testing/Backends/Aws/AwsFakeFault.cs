namespace Ferry.Testing.Backends.Aws;

/// <summary>
/// A fault the fake answers with instead of the next <see cref="Count"/> matching requests. <see cref="Operation"/>
/// is the X-Amz-Target operation or STS action (<c>GetSecretValue</c>, <c>AssumeRole</c>); null matches any.
/// </summary>
public sealed record AwsFakeFault(AwsFakeFaultKind Kind, string? Operation = null, int Count = 1, TimeSpan? RetryAfter = null);
