using Ferry.Controllers.ExternalSecrets;

namespace Ferry.Controllers.Tests.ExternalSecrets;

/// <summary>The controller with the option that skips even the refreshTime write of an unchanged refresh.</summary>
public sealed class QuietRefreshFixture : ExternalSecretsFixture
{
    protected override ExternalSecretsControllerOptions Options => new() { WriteRefreshTimeOnUnchangedRefresh = false };
}
