using System.CommandLine;

namespace Ferry.Commands;

/// <summary>
/// Parses and invokes the command line. A usage error (unknown option, missing required option, bad value) exits
/// with status 2, as Unix tools do, instead of System.CommandLine's 1, so scripts can tell it from "problems found".
/// </summary>
internal static class CommandLineRunner
{
    public const int UsageError = 2;

    public static async Task<int> InvokeAsync(RootCommand root, string[] args, InvocationConfiguration? configuration = null)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var error = configuration?.Error ?? Console.Error;
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            await error.WriteLineAsync($"Run '{root.Name} {parse.CommandResult.Command.Name} --help' for usage.");
            return UsageError;
        }

        return configuration is null ? await parse.InvokeAsync() : await parse.InvokeAsync(configuration);
    }
}
