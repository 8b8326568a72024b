using System.CommandLine;
using Ferry.Commands;
using Ferry.Validation;

namespace Ferry.Tests.Validation;

/// <summary>Runs <c>ferry validate</c> in-process through the same parsing as Program.cs, capturing its output.</summary>
internal sealed record ValidateRun(int ExitCode, string Output, string Error)
{
    public static async Task<ValidateRun> InvokeAsync(params string[] args) => await InvokeAsync(ValidationSchemas.Create(), args);

    public static async Task<ValidateRun> InvokeAsync(ISchemaCheck schema, params string[] args)
    {
        var root = new RootCommand("test root");
        root.Subcommands.Add(ValidateCommand.Create(schema));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLineRunner.InvokeAsync(root, ["validate", .. args], new InvocationConfiguration { Output = output, Error = error });
        return new(exitCode, output.ToString(), error.ToString());
    }
}
