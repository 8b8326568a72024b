namespace Ferry.Providers.Aws;

/// <summary>
/// Endpoint overrides for the three services (a VPC endpoint, a FIPS endpoint, a local fake). Null means the public
/// regional endpoint. <see cref="FromEnvironment"/> reads ESO's variables first, then the AWS SDKs' standard ones.
/// </summary>
public sealed record AwsEndpoints(Uri? SecretsManager = null, Uri? ParameterStore = null, Uri? Sts = null)
{
    /// <summary>One endpoint for every service, as a single local fake serves them.</summary>
    public static AwsEndpoints All(Uri endpoint) => new(endpoint, endpoint, endpoint);

    public static AwsEndpoints FromEnvironment() => new(
        Read("AWS_SECRETSMANAGER_ENDPOINT", "AWS_ENDPOINT_URL_SECRETS_MANAGER"),
        Read("AWS_SSM_ENDPOINT", "AWS_ENDPOINT_URL_SSM"),
        Read("AWS_STS_ENDPOINT", "AWS_ENDPOINT_URL_STS"));

    internal Uri SecretsManagerFor(string region) => SecretsManager ?? Regional("secretsmanager", region);

    internal Uri ParameterStoreFor(string region) => ParameterStore ?? Regional("ssm", region);

    internal Uri StsFor(string region) => Sts ?? Regional("sts", region);

    private static Uri Regional(string service, string region) =>
        new($"https://{service}.{region}.{(region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com")}/");

    private static Uri? Read(string esoName, string sdkName)
    {
        var value = Environment.GetEnvironmentVariable(esoName)
            ?? Environment.GetEnvironmentVariable(sdkName)
            ?? Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL");
        return string.IsNullOrEmpty(value) ? null : new Uri(value);
    }
}
