using System.CommandLine;
using Ferry.Validation;

namespace Ferry.Commands;

/// <summary>
/// <c>ferry validate -f PATH [-f PATH...] [--output text|json]</c>: checks manifests offline against the CRD schemas
/// and the admission rules, and flags Secrets with values committed to Git. Exit status: 0 when all is well, 1 when
/// anything is wrong, 2 for a usage error.
/// </summary>
internal static class ValidateCommand
{
    public const int Problems = 1;

    public static Command Create() => Create(ValidationSchemas.Create);

    /// <param name="schema">Made on first use, so other commands never pay for generating the CRD schemas.</param>
    /// <param name="standardInput">What <c>-f -</c> reads; the console's standard input when null.</param>
    public static Command Create(Func<ISchemaCheck> schema, TextReader? standardInput = null)
    {
        var files = new Option<string[]>("--filename", "-f")
        {
            Description = "A manifest file, a directory searched recursively for *.yaml, *.yml and *.json, or - for standard input; repeatable.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The report format: text (one line per problem) or json (for tools).",
            DefaultValueFactory = _ => "text",
        };
        output.AcceptOnlyFromAmong("text", "json");

        var command = new Command("validate", "Check manifests offline against the CRD schemas and admission rules, and flag Secrets committed to Git.")
        {
            files,
            output,
        };
        command.SetAction(parse =>
        {
            var validator = new ManifestValidator(KindCatalog.Ferry, schema(), standardInput);
            var report = validator.Validate(parse.GetValue(files) ?? []);
            var writer = parse.InvocationConfiguration.Output;
            if (parse.GetValue(output) == "json")
            {
                JsonReportWriter.Write(report, writer);
            }
            else
            {
                TextReportWriter.Write(report, writer);
            }

            return report.HasProblems ? Problems : 0;
        });
        return command;
    }
}
