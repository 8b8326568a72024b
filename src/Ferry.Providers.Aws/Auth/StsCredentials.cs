namespace Ferry.Providers.Aws.Auth;

/// <summary>Temporary credentials from STS; <see cref="ToString"/> leaves the secret parts out.</summary>
internal sealed record StsCredentials(string AccessKeyId, string SecretAccessKey, string SessionToken, DateTimeOffset Expiration)
{
    public override string ToString() => $"StsCredentials {{ AccessKeyId = {AccessKeyId}, Expiration = {Expiration:O} }}";
}
