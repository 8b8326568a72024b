using System.Text;

namespace Ferry.Dev;

/// <summary>Formats the board as kubectl-style tables: ExternalSecrets first, then stores.</summary>
internal static class StatusTable
{
    public static string Format(IReadOnlyList<StatusRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        var externalSecrets = rows.Where(r => r.IsExternalSecret).ToList();
        var stores = rows.Where(r => !r.IsExternalSecret).ToList();
        text.Append("EXTERNALSECRETS\n");
        AppendTable(text, ["NAMESPACE", "NAME", "STORE", "REFRESH INTERVAL", "STATUS", "READY"],
            externalSecrets.Select(r => new[] { r.Namespace ?? "", r.Name, r.Source, r.Refresh, r.Status, r.Ready }));
        text.Append("\nSTORES\n");
        AppendTable(text, ["KIND", "NAMESPACE", "NAME", "PROVIDER", "STATUS", "READY"],
            stores.Select(r => new[] { r.Kind, r.Namespace ?? "", r.Name, r.Source, r.Status, r.Ready }));
        return text.ToString();
    }

    /// <summary>The one-line form printed per change when stdout is not a terminal.</summary>
    public static string Line(StatusRow row, bool removed)
    {
        ArgumentNullException.ThrowIfNull(row);
        var kind = row.Kind.ToLowerInvariant();
        if (removed)
        {
            return $"{kind} {row.Display} deleted";
        }

        return row.IsExternalSecret
            ? $"{kind} {row.Display} store={row.Source} refresh={row.Refresh} status={row.Status} ready={row.Ready}"
            : $"{kind} {row.Display} provider={row.Source} status={row.Status} ready={row.Ready}";
    }

    private static void AppendTable(StringBuilder text, string[] header, IEnumerable<string[]> body)
    {
        var lines = new List<string[]> { header };
        lines.AddRange(body);
        if (lines.Count == 1)
        {
            text.Append("(none)\n");
            return;
        }

        var widths = header.Select((_, column) => lines.Max(line => line[column].Length)).ToArray();
        foreach (var line in lines)
        {
            for (var column = 0; column < line.Length; column++)
            {
                text.Append(column == line.Length - 1 ? line[column] : line[column].PadRight(widths[column] + 3));
            }

            text.Append('\n');
        }
    }
}
