using Ferry.Testing;
using Ferry.Validation;

namespace Ferry.Tests.Validation;

/// <summary>
/// Every ESO documentation manifest of a Ferry kind passes <c>ferry validate</c>, except the documents listed here,
/// which ESO (its API server schema or its webhook) refuses as well. Secrets in the examples are not Ferry kinds;
/// the Secret-in-Git rule flags those with values, as intended.
/// </summary>
public sealed class EsoExamplesValidationTests
{
    // "file#document" → why ESO refuses it too.
    private static readonly Dictionary<string, string> RejectedByEsoToo = new(StringComparer.Ordinal)
    {
        ["full-cluster-external-secret.yaml#1"] =
            "dataFrom[0] uses the removed v1alpha1 key/version/property fields and the status a lastTransitionTime: unknown fields",
        ["ibm-external-secret-with-metadata.yaml#1"] = "dataFrom[].secretKey is not in the schema: an unknown field",
        ["multiline-template-v1-external-secret.yaml#1"] = "target.engineVersion is not in the schema (engine v1 was removed): an unknown field",
        ["github-push-secret.yaml#1"] = "selector.secret.name is the placeholder EXTSERCRET, not a DNS subdomain name",
        ["ngrok-push-secret-with-metadata.yaml#1"] = "selector.secret.name is the placeholder SECRET_NAME, not a DNS subdomain name",
        ["full-cluster-secret-store.yaml#1"] = "a catalogue of five providers in one store (at most one) and caBundle \"...\" is not base64",
        ["full-secret-store.yaml#1"] = "three providers in one store (at most one), \"...\" namespaces and caBundle",
        ["vault-mtls-store.yaml#1"] = "vault.tls fields that do not exist, auth a string, caBundle \"...\" not base64",
        ["gcpsm-wif-core-controller-secret-store.yaml#1"] = "projectID is a list, the schema wants a string",
        ["gcpsm-wif-iam-secret-store.yaml#1"] = "projectID is a list, the schema wants a string",
        ["gcpsm-wif-non-native-iam-secret-store.yaml#1"] = "projectID is a list, the schema wants a string",
        ["gcpsm-wif-sa-secret-store-with-explicit-name-and-location.yaml#1"] = "projectID is a list, the schema wants a string",
        ["jwk-template-v2-external-secret.yaml#1"] = "a template-only fragment: the webhook requires data or dataFrom",
        ["passworddepot-external-secret.yaml#1"] = "external-secrets.io/v1alpha1 is no longer served",
        ["passworddepot-secret-store.yaml#1"] = "external-secrets.io/v1alpha1 is no longer served",
        ["template-v2-push-secret.yaml#1"] = "PushSecret is served as v1alpha1 only, not v1beta1",
        ["pkcs12-template-v1-external-secret.yaml#1"] = "template engine v1 was removed: the enum is v2 only",
        ["volcengine-external-secrets.yaml#1"] = "data[] repeats secretKey password under deletionPolicy Retain, which the webhook refuses",
    };

    // Files that are not YAML at all (docs fragments); kubectl cannot read them either.
    private static readonly HashSet<string> Unreadable = new(StringComparer.Ordinal)
    {
        "1password-connect-server-deployment.yaml",
        "cloak-secret-store.yaml",
        "conjur-ca-bundle.yaml",
        "filtercertchain-template-v2-external-secret.yaml",
        "filterpem-template-v2-external-secret.yaml",
        "full-external-secret.yaml",
        "gcpsm-ssh-auth-externalsecret.yaml",
    };

    [Fact]
    public void Validate_EsoExamples_AcceptsEveryFerryKindDocumentEsoAccepts()
    {
        var report = new ManifestValidator(KindCatalog.Ferry, ValidationSchemas.Create()).Validate([RepoPaths.EsoExamples]);

        var rejected = report.Problems
            .Where(problem => problem.Document is not null && problem.Kind != "Secret")
            .GroupBy(problem => $"{Path.GetFileName(problem.File)}#{problem.Document}")
            .ToDictionary(group => group.Key, group => string.Join("; ", group.Select(TextReportWriter.Line)), StringComparer.Ordinal);
        var unexpected = rejected.Where(entry => !RejectedByEsoToo.ContainsKey(entry.Key)).Select(entry => entry.Value);
        var missing = RejectedByEsoToo.Keys.Where(key => !rejected.ContainsKey(key));

        Assert.Empty(unexpected);
        Assert.Empty(missing);
    }

    [Fact]
    public void Validate_EsoExamples_ReportsOnlyTheUnreadableFilesAsFileProblems()
    {
        var report = new ManifestValidator(KindCatalog.Ferry, ValidationSchemas.Create()).Validate([RepoPaths.EsoExamples]);

        var fileProblems = report.Problems.Where(problem => problem.Document is null).Select(problem => Path.GetFileName(problem.File));

        Assert.Equal(Unreadable.Order(StringComparer.Ordinal), fileProblems.Order(StringComparer.Ordinal));
        Assert.All(report.Problems.Where(problem => problem.Document is null), problem => Assert.StartsWith("invalid YAML: ", problem.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_EsoExamples_FlagsExampleSecretsWithoutPrintingTheirValues()
    {
        var report = new ManifestValidator(KindCatalog.Ferry, ValidationSchemas.Create()).Validate([RepoPaths.EsoExamples]);

        var secretProblems = report.Problems.Where(problem => problem.Kind == "Secret").ToList();

        Assert.NotEmpty(secretProblems);
        Assert.All(secretProblems, problem => Assert.StartsWith("a secret committed to Git", problem.Message, StringComparison.Ordinal));
        // azkv-credentials-secret.yaml holds base64 values under ClientID and ClientSecret; no message may carry one.
        var values = File.ReadAllLines(Path.Combine(RepoPaths.EsoExamples, "azkv-credentials-secret.yaml"))
            .Where(line => line.TrimStart().StartsWith("Client", StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .ToList();
        Assert.Equal(2, values.Count);
        Assert.DoesNotContain(secretProblems, problem => values.Any(value => problem.Message.Contains(value, StringComparison.Ordinal)));
    }
}
