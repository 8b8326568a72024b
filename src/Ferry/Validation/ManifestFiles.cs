namespace Ferry.Validation;

/// <summary>
/// Turns the paths given on the command line into the files to read. A file is taken whatever its extension (the
/// user named it); a directory is searched recursively for *.yaml, *.yml and *.json, skipping hidden directories
/// such as .git. The order is stable (ordinal by path) so output is reproducible.
/// </summary>
internal static class ManifestFiles
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static (IReadOnlyList<string> Files, IReadOnlyList<ValidationProblem> Problems) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<ValidationProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == ManifestValidator.StandardInputPath || File.Exists(path))
            {
                Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Search(path, problems);
                if (found.Count == 0)
                {
                    problems.Add(FileProblem(path, "no manifests (*.yaml, *.yml, *.json) found in this directory"));
                }

                found.ForEach(Add);
            }
            else
            {
                problems.Add(FileProblem(path, "no such file or directory"));
            }
        }

        return (files, problems);

        void Add(string file)
        {
            if (seen.Add(file == ManifestValidator.StandardInputPath ? file : Path.GetFullPath(file)))
            {
                files.Add(file);
            }
        }
    }

    public static ValidationProblem FileProblem(string file, string message, int? line = null, int? column = null) =>
        new(file, null, line, column, null, null, null, null, string.Empty, message);

    private static List<string> Search(string directory, List<ValidationProblem> problems)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            try
            {
                found.AddRange(Directory.EnumerateFiles(current).Where(IsManifest));
                foreach (var child in Directory.EnumerateDirectories(current))
                {
                    if (!Path.GetFileName(child).StartsWith('.'))
                    {
                        pending.Push(child);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(FileProblem(current, $"cannot read directory: {e.Message}"));
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static bool IsManifest(string file) =>
        Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);
}
