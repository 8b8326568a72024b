using System.Reflection;

namespace Ferry.Tests.Architecture;

/// <summary>
/// Enforces the dependency table of ARCHITECTURE.md: every arrow between Ferry's assemblies, and every
/// third-party package a layer may see, must be one the table allows.
/// </summary>
public sealed class DependencyRulesTests
{
    // Ferry assemblies each project may reference. The executable ("ferry") may reference everything in src.
    private static readonly Dictionary<string, string[]> AllowedFerryReferences = new()
    {
        ["Ferry.Api"] = [],
        ["Ferry.Templating"] = [],
        ["Ferry.Schemas"] = [],
        ["Ferry.Runtime"] = [],
        ["Ferry.Providers"] = ["Ferry.Api"],
        ["Ferry.Controllers"] = ["Ferry.Api", "Ferry.Runtime", "Ferry.Templating", "Ferry.Providers"],
        ["Ferry.LocalCluster"] = ["Ferry.Schemas"],
    };

    // Arrows a provider may have beyond Ferry.Providers and Ferry.Api, each with its design note.
    private static readonly Dictionary<string, string[]> ExtraProviderReferences = new()
    {
        // docs/design/0002-webhook-templates.md: ESO's webhook renders its URL, body and headers as Go templates.
        ["Ferry.Providers.Webhook"] = ["Ferry.Templating"],
    };

    // Third-party assemblies each layer must never see (the rest of the table is enforced by the Ferry arrows).
    private static readonly Dictionary<string, string[]> ForbiddenPackages = new()
    {
        ["Ferry.Templating"] = ["KubernetesClient", "Microsoft.AspNetCore"],
        ["Ferry.Schemas"] = ["KubernetesClient", "Microsoft.AspNetCore"],
        ["Ferry.Api"] = ["Microsoft.AspNetCore"],
        ["Ferry.Providers"] = ["Microsoft.AspNetCore"],
        ["Ferry.Runtime"] = ["Microsoft.AspNetCore"],
    };

    [Fact]
    public void FerryAssemblies_ReferenceOnlyWhatTheArchitectureAllows()
    {
        var violations = new List<string>();
        foreach (var assembly in LoadFerryAssemblies())
        {
            var name = assembly.GetName().Name!;
            var references = assembly.GetReferencedAssemblies().Select(r => r.Name!).ToList();
            foreach (var reference in references.Where(IsFerryAssembly))
            {
                if (IsProviderImplementation(name))
                {
                    if (reference is not ("Ferry.Providers" or "Ferry.Api")
                        && !(ExtraProviderReferences.TryGetValue(name, out var extra) && extra.Contains(reference)))
                    {
                        violations.Add($"{name} -> {reference}: a provider may reference only Ferry.Providers and Ferry.Api");
                    }
                }
                else if (!AllowedFerryReferences.TryGetValue(name, out var allowed))
                {
                    violations.Add($"{name} is not in the dependency table of ARCHITECTURE.md");
                }
                else if (!allowed.Contains(reference))
                {
                    violations.Add($"{name} -> {reference} is not an allowed arrow");
                }
            }

            if (ForbiddenPackages.TryGetValue(name, out var forbidden))
            {
                violations.AddRange(references
                    .Where(r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)))
                    .Select(r => $"{name} -> {r}: this layer must not depend on it"));
            }
        }

        Assert.Empty(violations);
    }

    private static bool IsFerryAssembly(string name) => name.StartsWith("Ferry.", StringComparison.Ordinal);

    private static bool IsProviderImplementation(string name) =>
        name.StartsWith("Ferry.Providers.", StringComparison.Ordinal);

    /// <summary>
    /// Every Ferry assembly beside this test: the executable references all of src, so the build copies them all
    /// here. Walking references from the executable would miss those whose types it does not use yet.
    /// </summary>
    private static List<Assembly> LoadFerryAssemblies()
    {
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "Ferry.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name is not null && !name.EndsWith(".Tests", StringComparison.Ordinal))
            .Select(name => Assembly.Load(new AssemblyName(name!)))
            .ToList();
        Assert.Contains(assemblies, a => a.GetName().Name == "Ferry.Api");
        return assemblies;
    }
}
