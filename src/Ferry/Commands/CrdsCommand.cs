using System.CommandLine;
using Ferry.Crds;
using Ferry.Manifests;

namespace Ferry.Commands;

/// <summary>`ferry crds`: prints the CRDs Ferry serves, or writes them one file per CRD.</summary>
internal static class CrdsCommand
{
    public static Command Create()
    {
        var outputDir = new Option<DirectoryInfo?>("--output-dir")
        {
            Description = "Write one file per CRD into this directory (<group>_<plural>.yaml) instead of printing a YAML stream.",
        };
        var command = new Command("crds", "Print the CustomResourceDefinitions of the external-secrets.io API as Ferry serves it.")
        {
            outputDir,
        };
        command.SetAction(parse =>
        {
            var crds = CrdGenerator.GenerateAll();
            if (parse.GetValue(outputDir) is { } directory)
            {
                directory.Create();
                foreach (var (fileName, yaml) in CrdFiles.Render(crds))
                {
                    File.WriteAllText(Path.Combine(directory.FullName, fileName), yaml);
                }

                parse.InvocationConfiguration.Output.WriteLine($"wrote {crds.Count} CRDs to {directory.FullName}");
            }
            else
            {
                YamlDocumentWriter.Write(parse.InvocationConfiguration.Output, crds);
            }

            return 0;
        });
        return command;
    }
}
