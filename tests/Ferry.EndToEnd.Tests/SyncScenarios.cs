using Ferry.Testing;

namespace Ferry.EndToEnd.Tests;

/// <summary>
/// What both the <c>ferry dev</c> and the <c>ferry run</c> tests check, through kubectl only, each in a namespace
/// and a fake ClusterSecretStore of its own (names carry a random suffix, so a real cluster can be reused).
/// </summary>
internal sealed class SyncScenarios(Kubectl kubectl)
{
    private static readonly TimeSpan SyncTimeout = TimeSpan.FromSeconds(60);

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Apply, wait for the Secret, change the source data, then the template, and see the Secret follow.</summary>
    public async Task SourceAndTemplateChangesAsync()
    {
        var (ns, store) = (UniqueName("e2e-change"), UniqueName("e2e-change"));
        try
        {
            await kubectl.ApplyAsync(Namespace(ns) + FakeStore(store, ("/app/db", "{\"user\":\"app\",\"password\":\"first\"}")));
            await kubectl.ApplyAsync(TemplatedExternalSecret(ns, "db", store, "{{ .user }}:{{ .password }}"));
            await WaitForValueAsync(ns, "db", "credentials", "app:first");

            await kubectl.ApplyAsync(FakeStore(store, ("/app/db", "{\"user\":\"app\",\"password\":\"second\"}")));
            await ForceSyncAsync(ns, "db");
            await WaitForValueAsync(ns, "db", "credentials", "app:second");

            await kubectl.ApplyAsync(TemplatedExternalSecret(ns, "db", store, "user={{ .user }}"));
            await WaitForValueAsync(ns, "db", "credentials", "user=app");
        }
        finally
        {
            await CleanUpAsync(ns, store);
        }
    }

    /// <summary>
    /// Deleting the ExternalSecret: an Owner target goes with it (garbage collection through the owner
    /// reference), an Orphan target stays.
    /// </summary>
    public async Task DeletionFollowsCreationPolicyAsync()
    {
        var (ns, store) = (UniqueName("e2e-delete"), UniqueName("e2e-delete"));
        try
        {
            await kubectl.ApplyAsync(Namespace(ns) + FakeStore(store, ("/key", "value")));
            await kubectl.ApplyAsync(PlainExternalSecret(ns, "owned", store, "/key", creationPolicy: "Owner")
                + PlainExternalSecret(ns, "orphaned", store, "/key", creationPolicy: "Orphan"));
            await WaitForValueAsync(ns, "owned", "value", "value");
            await WaitForValueAsync(ns, "orphaned", "value", "value");

            await kubectl.RunAsync("delete", "externalsecret", "owned", "orphaned", "-n", ns, "--wait=true");
            await Eventually.True(async () => !await kubectl.ExistsAsync("secret", ns, "owned"), "the owned Secret was deleted", SyncTimeout);
            Assert.True(await kubectl.ExistsAsync("secret", ns, "orphaned"));
            Assert.Equal("value", await kubectl.SecretValueAsync(ns, "orphaned", "value"));
        }
        finally
        {
            await CleanUpAsync(ns, store);
        }
    }

    /// <summary>
    /// The remote key disappears: under deletionPolicy Delete the Secret is deleted, under Retain it is kept with
    /// its last values.
    /// </summary>
    public async Task DeletionPolicyOnRemovedKeyAsync()
    {
        var (ns, store) = (UniqueName("e2e-policy"), UniqueName("e2e-policy"));
        try
        {
            await kubectl.ApplyAsync(Namespace(ns) + FakeStore(store, ("/kept", "k"), ("/gone", "g")));
            await kubectl.ApplyAsync(ExtractExternalSecret(ns, "deleted", store, "/gone", deletionPolicy: "Delete")
                + ExtractExternalSecret(ns, "retained", store, "/gone", deletionPolicy: "Retain"));
            await WaitForValueAsync(ns, "deleted", "value", "g");
            await WaitForValueAsync(ns, "retained", "value", "g");

            await kubectl.ApplyAsync(FakeStore(store, ("/kept", "k")));
            await ForceSyncAsync(ns, "deleted", "retained");
            await Eventually.True(async () => !await kubectl.ExistsAsync("secret", ns, "deleted"), "the Secret under deletionPolicy Delete was deleted", SyncTimeout);
            Assert.Equal("g", await kubectl.SecretValueAsync(ns, "retained", "value"));
        }
        finally
        {
            await CleanUpAsync(ns, store);
        }
    }

    public async Task WaitForValueAsync(string ns, string secret, string key, string expected)
    {
        try
        {
            await Eventually.UntilAsync(() => kubectl.SecretValueAsync(ns, secret, key), value => value == expected, SyncTimeout);
        }
        catch (TimeoutException e)
        {
            var status = await kubectl.TryRunAsync(null, "get", "externalsecrets", "-n", ns, "-o", "yaml");
            throw new TimeoutException($"Secret {ns}/{secret} key {key} never became the expected value.\nExternalSecrets:\n{status.Output}", e);
        }
    }

    /// <summary>Waits until the object's Ready condition is True (a SecretStore, ClusterSecretStore or ExternalSecret).</summary>
    public async Task WaitForReadyAsync(string kind, string ns, string name)
    {
        const string ready = "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}";
        try
        {
            await Eventually.UntilAsync(async () => (await kubectl.TryRunAsync(null, "get", kind, name, "-n", ns, "-o", ready)).Output, status => status == "True", SyncTimeout);
        }
        catch (TimeoutException e)
        {
            var status = await kubectl.TryRunAsync(null, "get", kind, name, "-n", ns, "-o", "jsonpath={.status}");
            throw new TimeoutException($"{kind} {ns}/{name} never became Ready.\nStatus: {status.Output}", e);
        }
    }

    /// <summary>
    /// ESO's way to pick up a change at the provider before the next refresh: a new value of the force-sync
    /// annotation. (Ferry also re-enqueues a store's dependents when the store changes; this does not rely on it.)
    /// </summary>
    public async Task ForceSyncAsync(string ns, params string[] externalSecrets)
    {
        foreach (var name in externalSecrets)
        {
            await kubectl.RunAsync("annotate", "externalsecret", name, "-n", ns, "--overwrite", $"force-sync={Guid.NewGuid():N}");
        }
    }

    private async Task CleanUpAsync(string ns, string store)
    {
        await kubectl.TryRunAsync(null, "delete", "namespace", ns, "--wait=false", "--ignore-not-found");
        await kubectl.TryRunAsync(null, "delete", "clustersecretstore", store, "--wait=false", "--ignore-not-found");
    }

    private static string Namespace(string name) => $"""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: {name}
        ---

        """;

    private static string FakeStore(string name, params (string Key, string Value)[] data) => $"""
        apiVersion: external-secrets.io/v1
        kind: ClusterSecretStore
        metadata:
          name: {name}
        spec:
          provider:
            fake:
              data:
        {string.Concat(data.Select(d => $"        - key: {Quote(d.Key)}\n          value: {Quote(d.Value)}\n"))}
        ---

        """;

    private static string TemplatedExternalSecret(string ns, string name, string store, string template) => $"""
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: {name}
          namespace: {ns}
        spec:
          refreshInterval: 1h
          secretStoreRef:
            kind: ClusterSecretStore
            name: {store}
          target:
            name: {name}
            template:
              data:
                credentials: {Quote(template)}
          dataFrom:
            - extract:
                key: /app/db
        ---

        """;

    private static string PlainExternalSecret(string ns, string name, string store, string key, string creationPolicy) => $"""
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: {name}
          namespace: {ns}
        spec:
          refreshInterval: 1h
          secretStoreRef:
            kind: ClusterSecretStore
            name: {store}
          target:
            name: {name}
            creationPolicy: {creationPolicy}
          data:
            - secretKey: value
              remoteRef:
                key: {Quote(key)}
        ---

        """;

    private static string ExtractExternalSecret(string ns, string name, string store, string key, string deletionPolicy) => $"""
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: {name}
          namespace: {ns}
        spec:
          refreshInterval: 1h
          secretStoreRef:
            kind: ClusterSecretStore
            name: {store}
          target:
            name: {name}
            deletionPolicy: {deletionPolicy}
          data:
            - secretKey: value
              remoteRef:
                key: {Quote(key)}
        ---

        """;

    /// <summary>A YAML double-quoted scalar (JSON string syntax is valid YAML).</summary>
    private static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
