using System.Text;

namespace Ferry.LocalCluster;

/// <summary>Writes a kubeconfig with one cluster, user and context, all named <c>ferry-local</c>.</summary>
internal static class KubeconfigWriter
{
    public const string Name = "ferry-local";

    public static string Render(Uri server, string? caPem, string token)
    {
        var builder = new StringBuilder();
        builder.Append("apiVersion: v1\nkind: Config\nclusters:\n- name: ").Append(Name).Append('\n');
        builder.Append("  cluster:\n    server: ").Append(server.ToString().TrimEnd('/')).Append('\n');
        if (caPem is not null)
        {
            builder.Append("    certificate-authority-data: ").Append(Convert.ToBase64String(Encoding.ASCII.GetBytes(caPem))).Append('\n');
        }

        builder.Append("contexts:\n- name: ").Append(Name).Append("\n  context:\n    cluster: ").Append(Name)
            .Append("\n    user: ").Append(Name).Append("\n    namespace: default\n");
        builder.Append("current-context: ").Append(Name).Append('\n');
        builder.Append("preferences: {}\nusers:\n- name: ").Append(Name).Append("\n  user:\n    token: ").Append(token).Append('\n');
        return builder.ToString();
    }

    public static void Write(string path, string content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
