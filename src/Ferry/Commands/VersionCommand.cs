using System.CommandLine;
using System.Reflection;

namespace Ferry.Commands;

/// <summary>`ferry version`: prints the version of this build.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the version of Ferry.");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine($"ferry {Version}");
            return 0;
        });
        return command;
    }

    public static string Version =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "0.0.0";
}
