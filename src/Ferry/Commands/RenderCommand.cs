using System.CommandLine;
using Ferry.Rendering;

namespace Ferry.Commands;

/// <summary>`ferry render`: the Secret an ExternalSecret would produce from given provider data, offline.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo>("-f", "--filename") { Description = "The ExternalSecret manifest.", Required = true };
        var data = new Option<FileInfo>("--data")
        {
            Description = "A YAML or JSON map of secret key to value: what the provider would return.",
            Required = true,
        };
        var templateFrom = new Option<FileInfo[]>("--template-from")
        {
            Description = "ConfigMap or Secret manifests that templateFrom refers to (repeatable).",
            AllowMultipleArgumentsPerToken = true,
        };
        var left = new Option<string>("--left-delimiter") { Description = "Left template delimiter (ESO's --template-left-delimiter)." };
        var right = new Option<string>("--right-delimiter") { Description = "Right template delimiter (ESO's --template-right-delimiter)." };
        var command = new Command("render", "Render the Secret an ExternalSecret would produce from given provider data, offline.")
        {
            file, data, templateFrom, left, right,
        };
        command.SetAction(parse => RenderRun.Run(
            parse.GetValue(file)!.FullName,
            parse.GetValue(data)!.FullName,
            [.. (parse.GetValue(templateFrom) ?? []).Select(f => f.FullName)],
            parse.GetValue(left),
            parse.GetValue(right),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }
}
