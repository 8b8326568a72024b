using System.CommandLine;
using Ferry.Commands;

var root = new RootCommand("Ferry: an External Secrets Operator for Kubernetes, compatible with external-secrets.io.");
root.Subcommands.Add(VersionCommand.Create());
root.Subcommands.Add(LocalClusterCommand.Create());
return await root.Parse(args).InvokeAsync();
