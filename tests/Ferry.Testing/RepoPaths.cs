namespace Ferry.Testing;

/// <summary>
/// Where the repository and the read-only reference material live. CI clones the repository into a fresh folder
/// with <c>shared/</c> beside it; <c>FERRY_SHARED_DIR</c> points elsewhere when needed.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The folder holding Ferry.slnx.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The read-only reference folder (<c>../shared/reference</c> beside the repository).</summary>
    public static string SharedReference
    {
        get
        {
            var shared = Environment.GetEnvironmentVariable("FERRY_SHARED_DIR")
                ?? Path.Combine(Path.GetDirectoryName(RepoRoot)!, "shared");
            var reference = Path.Combine(shared, "reference");
            if (!Directory.Exists(reference))
            {
                throw new DirectoryNotFoundException(
                    $"The reference material was not found at {reference}; set FERRY_SHARED_DIR to the shared folder.");
            }

            return reference;
        }
    }

    /// <summary>ESO 2.9's CRDs, as data.</summary>
    public static string EsoCrds => Path.Combine(SharedReference, "eso-crds");

    /// <summary>ESO's documentation manifests, as data.</summary>
    public static string EsoExamples => Path.Combine(SharedReference, "eso-examples");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ferry.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Ferry.slnx above {AppContext.BaseDirectory}.");
    }
}
