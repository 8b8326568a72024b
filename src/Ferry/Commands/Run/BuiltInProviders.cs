using Ferry.Providers;
using Ferry.Providers.Fake;
using Ferry.Providers.Gcp;

namespace Ferry.Commands.Run;

/// <summary>
/// The providers this build of Ferry implements. A store naming any other spec.provider key is reported not Ready,
/// naming the provider. Adding a backend is one line here (and a project reference in Ferry.csproj).
/// </summary>
internal static class BuiltInProviders
{
    public static IReadOnlyList<ISecretsProvider> Create() =>
    [
        new FakeSecretsProvider(),
        new GcpSecretManagerSecretsProvider(),
    ];
}
