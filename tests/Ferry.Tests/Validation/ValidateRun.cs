using System.CommandLine;
using Ferry.Commands;
using Ferry.Validation;

namespace Ferry.Tests.Validation;

/// <summary>Runs <c>ferry validate</c> in-process through the same parsing as Program.cs, capturing its output.</summary>
internal sealed record ValidateRun(int ExitCode, string Output, string Error)
{
    public static async Task<ValidateRun> InvokeAsync(params string[] args) => await InvokeWithInputAsync(string.Empty, args);

    public static async Task<ValidateRun> InvokeWithInputAsync(string standardInput, params string[] args)
    {
        using var input = new StringReader(standardInput);
        var root = new RootCommand("test root");
        root.Subcommands.Add(ValidateCommand.Create(ValidationSchemas.Create, input));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exitCode = await CommandLineRunner.InvokeAsync(root, ["validate", .. args], configuration);
        return new(exitCode, output.ToString(), error.ToString());
    }
}
