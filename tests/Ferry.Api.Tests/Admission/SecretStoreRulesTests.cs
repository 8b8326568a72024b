using System.Text.Json;
using Ferry.Api.Admission;
using Ferry.Api.Schema;
using Ferry.Api.V1;
using k8s.Models;

namespace Ferry.Api.Tests.Admission;

public sealed class SecretStoreRulesTests
{
    [Fact]
    public void Validate_NamespaceRegexes_ReportEsoMessageForEachBadOne()
    {
        var store = ClusterStore(FakeProvider());
        store.Spec.Conditions = [new() { NamespaceRegexes = ["\\1", "^ok$", "\\2"] }, new() { NamespaceRegexes = ["team-(a"] }];

        var errors = SecretStoreRules.Validate(store);

        Assert.Equal(
            [
                new AdmissionError("spec.conditions[0].namespaceRegexes[0]", "failed to compile 0th namespace regex in 0th condition: error parsing regexp: invalid escape sequence: `\\1`"),
                new AdmissionError("spec.conditions[0].namespaceRegexes[2]", "failed to compile 2th namespace regex in 0th condition: error parsing regexp: invalid escape sequence: `\\2`"),
                new AdmissionError("spec.conditions[1].namespaceRegexes[0]", "failed to compile 0th namespace regex in 1th condition: error parsing regexp: missing closing ): `team-(a`"),
            ],
            errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    public void Validate_ProviderCountOtherThanOne_IsRejected(int count)
    {
        var provider = new SecretStoreProvider();
        if (count >= 1)
        {
            provider.Fake = new() { Data = [new() { Key = "k", Value = "v" }] };
        }

        if (count >= 2)
        {
            provider.Akeyless = Json("{}");
        }

        if (count >= 3)
        {
            provider.Doppler = Json("""{"auth":{}}""");
        }

        var errors = SecretStoreRules.Validate(NamespacedStore("app", provider));

        Assert.Equal([new AdmissionError("spec.provider", $"secret stores must only have exactly one backend specified, found {count}")], errors);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(0L, null)]
    [InlineData(300L, null)]
    [InlineData(-1L, "refreshInterval must not be negative, got -1")]
    public void Validate_IntegerRefreshInterval_IsSecondsAndNotNegative(long? seconds, string? expected)
    {
        var store = NamespacedStore("app", FakeProvider());
        store.Spec.RefreshInterval = seconds is { } value ? IntegerOrString.FromInteger(value) : null;

        Assert.Equal(Expected(expected), SecretStoreRules.Validate(store));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("5m", null)]
    [InlineData("1h30m", null)]
    [InlineData("300", null)]
    [InlineData("-1m", "refreshInterval must not be negative, got -1m")]
    [InlineData("5 minutes", "invalid refreshInterval: time: unknown unit \" minutes\" in duration \"5 minutes\"")]
    [InlineData("soon", "invalid refreshInterval: time: invalid duration \"soon\"")]
    public void Validate_StringRefreshInterval_IsAGoDurationAndNotNegative(string interval, string? expected)
    {
        var store = NamespacedStore("app", FakeProvider());
        store.Spec.RefreshInterval = IntegerOrString.FromString(interval);

        Assert.Equal(Expected(expected), SecretStoreRules.Validate(store));
    }

    [Fact]
    public void Validate_SecretStoreReferencingAnotherNamespace_IsRejectedAtEachReference()
    {
        var provider = new SecretStoreProvider
        {
            Doppler = Json("""
                {"auth": {"secretRef": {"dopplerToken": {"name": "t", "key": "k", "namespace": "other"}}},
                 "caProvider": {"type": "Secret", "name": "ca", "key": "ca.crt", "namespace": "app"},
                 "serviceAccountRef": {"name": "sa", "namespace": "kube-system"}}
                """),
        };

        var errors = SecretStoreRules.Validate(NamespacedStore("app", provider));

        Assert.Equal(
            ["spec.provider.doppler.auth.secretRef.dopplerToken.namespace", "spec.provider.doppler.serviceAccountRef.namespace"],
            errors.Select(error => error.Field));
        Assert.All(errors, error => Assert.Equal("namespace should either be empty or match the namespace of the SecretStore for a namespaced SecretStore", error.Message));
    }

    [Fact]
    public void Validate_NamespaceFieldsThatAreNotReferences_AreNotChecked()
    {
        // A namespace without a name beside it (Vault Enterprise's) is no reference; the crd provider's whitelist
        // namespace is a pattern ESO ignores for a SecretStore.
        var crd = new SecretStoreProvider { Crd = Json("""{"namespace": "admin", "whitelist": {"rules": [{"name": "x", "namespace": "prod-.*"}]}}""") };

        Assert.Empty(SecretStoreRules.Validate(NamespacedStore("app", crd)));
    }

    [Fact]
    public void Validate_ClusterSecretStoreReferencingNamespaces_IsAccepted()
    {
        var provider = new SecretStoreProvider { Doppler = Json("""{"auth": {"secretRef": {"dopplerToken": {"name": "t", "namespace": "other"}}}}""") };

        Assert.Empty(SecretStoreRules.Validate(ClusterStore(provider)));
    }

    private static AdmissionError[] Expected(string? message) => message is null ? [] : [new AdmissionError("spec.refreshInterval", message)];

    private static SecretStoreProvider FakeProvider() => new() { Fake = new() { Data = [new() { Key = "k", Value = "v" }] } };

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static SecretStore NamespacedStore(string ns, SecretStoreProvider provider) =>
        new() { Metadata = new V1ObjectMeta { Name = "store", NamespaceProperty = ns }, Spec = new() { Provider = provider } };

    private static ClusterSecretStore ClusterStore(SecretStoreProvider provider) =>
        new() { Metadata = new V1ObjectMeta { Name = "store" }, Spec = new() { Provider = provider } };
}
