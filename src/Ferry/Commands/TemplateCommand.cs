using System.CommandLine;
using Ferry.Commands.Templates;

namespace Ferry.Commands;

/// <summary>`ferry template ...`: offline tools for Go templates as ESO runs them.</summary>
internal static class TemplateCommand
{
    public static Command Create()
    {
        var command = new Command("template", "Work with Go templates as ExternalSecret targets use them.");
        command.Subcommands.Add(CreateExec());
        return command;
    }

    private static Command CreateExec()
    {
        var template = new Option<FileInfo>("--template") { Description = "The template file.", Required = true };
        var data = new Option<FileInfo>("--data")
        {
            Description = "JSON data: objects become maps, arrays lists, integral numbers int64, other numbers float64.",
            Required = true,
        };
        var left = new Option<string>("--left-delimiter") { Description = "Left action delimiter (default {{)." };
        var right = new Option<string>("--right-delimiter") { Description = "Right action delimiter (default }})." };
        var exec = new Command("exec", "Run a template against JSON data with ESO's functions and missingkey=error.")
        {
            template, data, left, right,
        };
        exec.SetAction(parse =>
        {
            using var stdout = Console.OpenStandardOutput();
            return TemplateExec.Run(
                parse.GetValue(template)!.FullName,
                parse.GetValue(data)!.FullName,
                parse.GetValue(left),
                parse.GetValue(right),
                stdout,
                parse.InvocationConfiguration.Error);
        });
        return exec;
    }
}
