using System.Text.Json.Nodes;
using Ferry.Api;
using Ferry.Manifests;

namespace Ferry.Validation;

/// <summary>
/// <c>ferry validate</c>'s engine: reads manifests, and checks each document of a Ferry kind against its CRD schema
/// and the admission rules, and each core Secret for values committed to Git. Everything else is counted as
/// skipped. Pure apart from reading the files; the report says what was found.
/// </summary>
/// <param name="catalog">The kinds Ferry serves.</param>
/// <param name="schema">The CRD schema step.</param>
/// <param name="standardInput">What the path <c>-</c> reads, as <c>kubectl apply -f -</c> does.</param>
internal sealed class ManifestValidator(KindCatalog catalog, ISchemaCheck schema, TextReader? standardInput = null)
{
    public const string StandardInputPath = "-";

    public ValidationReport Validate(IEnumerable<string> paths)
    {
        var (files, fileProblems) = ManifestFiles.Expand(paths);
        var run = new Run([.. fileProblems]);
        foreach (var file in files)
        {
            ValidateFile(file, run);
        }

        return new(run.Problems, new(files.Count, run.Documents, run.Checked, run.Skipped, run.Problems.Count));
    }

    private void ValidateFile(string file, Run run)
    {
        string text;
        try
        {
            text = file == StandardInputPath ? (standardInput ?? Console.In).ReadToEnd() : File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            run.Problems.Add(ManifestFiles.FileProblem(file, $"cannot read file: {e.Message}"));
            return;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            run.Problems.Add(ManifestFiles.FileProblem(file, "not a text file, so not a manifest"));
            return;
        }

        IReadOnlyList<YamlDocument> documents;
        try
        {
            documents = YamlDocumentReader.Read(text);
        }
        catch (YamlFormatException e)
        {
            run.Problems.Add(ManifestFiles.FileProblem(file, $"invalid YAML: {WithoutPosition(e)}", e.Line, e.Column));
            return;
        }

        foreach (var document in documents)
        {
            if (document.Content is not null)
            {
                ValidateDocument(new DocumentContext(file, document), document.Content, run);
            }
        }
    }

    private void ValidateDocument(DocumentContext at, JsonNode content, Run run)
    {
        run.Documents++;
        if (content is not JsonObject obj)
        {
            run.Problems.Add(at.Problem(null, null, null, null, new(string.Empty, $"not a Kubernetes object: the document is {Describe(content)}, not a mapping")));
            return;
        }

        var apiVersion = Text(obj["apiVersion"]);
        var kind = Text(obj["kind"]);
        if (apiVersion is null && kind is null)
        {
            run.Skipped++; // Not a manifest at all, such as Helm values or a config file.
            return;
        }

        if (apiVersion is null || kind is null)
        {
            run.Checked++;
            var missing = apiVersion is null ? "apiVersion" : "kind";
            run.Problems.Add(at.Problem(obj, apiVersion, kind, null, new(missing, $"{missing} is missing: every Kubernetes object needs apiVersion and kind")));
            return;
        }

        if (kind.EndsWith("List", StringComparison.Ordinal) && obj["items"] is JsonArray items)
        {
            // kubectl applies a List as its items; each item is its own object.
            run.Documents--;
            foreach (var item in items.Where(item => item is not null))
            {
                ValidateDocument(at, item!, run);
            }

            return;
        }

        ValidateObject(at, obj, apiVersion, kind, run);
    }

    private void ValidateObject(DocumentContext at, JsonObject obj, string apiVersion, string kind, Run run)
    {
        if (SecretInGitCheck.Applies(apiVersion, kind))
        {
            run.Checked++;
            run.Problems.AddRange(SecretInGitCheck.Check(obj).Select(issue => at.Problem(obj, apiVersion, kind, null, issue)));
            return;
        }

        switch (catalog.Match(apiVersion, kind, out var served))
        {
            case KindMatch.Foreign or KindMatch.NotImplemented:
                run.Skipped++;
                break;
            case KindMatch.UnknownKind:
                run.Checked++;
                var kinds = string.Join(", ", catalog.Kinds.Select(k => k.Kind));
                run.Problems.Add(at.Problem(obj, apiVersion, kind, null, new("kind", $"no kind \"{kind}\" is served in {apiVersion}; Ferry serves {kinds}")));
                break;
            case KindMatch.UnservedVersion:
                run.Checked++;
                var versions = string.Join(", ", served!.ApiVersions);
                run.Problems.Add(at.Problem(obj, apiVersion, kind, served, new("apiVersion", $"{kind} is not served as {apiVersion}; served versions: {versions}")));
                break;
            default:
                run.Checked++;
                run.Problems.AddRange(CheckServed(served!.At(apiVersion)!, obj).Select(issue => at.Problem(obj, apiVersion, kind, served, issue)));
                break;
        }
    }

    private List<FieldIssue> CheckServed(ApiKind apiKind, JsonObject obj)
    {
        var issues = new List<FieldIssue>(ObjectMetaCheck.Check(obj));

        var document = obj;
        if (schema.Check(apiKind, (JsonObject)obj.DeepClone()) is { } result)
        {
            issues.AddRange(result.Issues);
            document = result.Document;
        }

        // As on the API server, admission runs only on an object its schema accepts.
        if (issues.Count == 0)
        {
            issues.AddRange(AdmissionCheck.Check(apiKind, document));
        }

        return issues;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static string Describe(JsonNode node) => node switch
    {
        JsonArray => "a list",
        JsonValue value when value.TryGetValue<string>(out _) => "a string",
        JsonValue value when value.TryGetValue<bool>(out _) => "a boolean",
        _ => "a number",
    };

    /// <summary>The parser's message without the "line L, column C: " prefix the exception adds.</summary>
    private static string WithoutPosition(YamlFormatException e)
    {
        var prefix = $"line {e.Line}, column {e.Column}: ";
        return e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message;
    }

    private sealed class Run(List<ValidationProblem> problems)
    {
        public List<ValidationProblem> Problems { get; } = problems;

        public int Documents { get; set; }

        public int Checked { get; set; }

        public int Skipped { get; set; }
    }

    private sealed record DocumentContext(string File, YamlDocument Document)
    {
        public ValidationProblem Problem(JsonObject? obj, string? apiVersion, string? kind, ServedKind? served, FieldIssue issue)
        {
            var metadata = obj?["metadata"] as JsonObject;
            var name = Text(metadata?["name"]) ?? Text(metadata?["generateName"]);
            var ns = served is { ClusterScoped: true } ? null : Text(metadata?["namespace"]);
            return new(File, Document.Index, Document.Line, null, apiVersion, kind, ns, name, issue.Field, issue.Message);
        }
    }
}
