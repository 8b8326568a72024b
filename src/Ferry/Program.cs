using System.CommandLine;
using Ferry.Commands;

var root = new RootCommand("Ferry: an External Secrets Operator for Kubernetes, compatible with external-secrets.io.");
root.Subcommands.Add(VersionCommand.Create());
root.Subcommands.Add(LocalClusterCommand.Create());
root.Subcommands.Add(DevCommand.Create());
root.Subcommands.Add(CrdsCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(TemplateCommand.Create());
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(RunCommand.Create());
return await CommandLineRunner.InvokeAsync(root, args);
