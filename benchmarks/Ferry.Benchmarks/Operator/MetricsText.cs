using System.Globalization;

namespace Ferry.Benchmarks.Operator;

/// <summary>
/// Samples of a Prometheus text exposition (what /metrics serves), enough to sum a metric's series or to split a
/// counter by one label.
/// </summary>
internal sealed class MetricsText
{
    private readonly List<(string Name, string Labels, double Value)> _samples;

    private MetricsText(List<(string Name, string Labels, double Value)> samples) => _samples = samples;

    public static MetricsText Parse(string text)
    {
        var samples = new List<(string, string, double)>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.LastIndexOf(' ');
            var series = line[..space];
            var brace = series.IndexOf('{', StringComparison.Ordinal);
            var name = brace < 0 ? series : series[..brace];
            var labels = brace < 0 ? "" : series[(brace + 1)..^1];
            samples.Add((name, labels, double.Parse(line[(space + 1)..], CultureInfo.InvariantCulture)));
        }

        return new MetricsText(samples);
    }

    /// <summary>The sum of every series of <paramref name="name"/> (0 when absent).</summary>
    public double Sum(string name) => _samples.Where(s => s.Name == name).Sum(s => s.Value);

    /// <summary>The series of <paramref name="name"/> summed per value of <paramref name="label"/>.</summary>
    public IReadOnlyDictionary<string, long> SumBy(string name, string label)
    {
        var prefix = label + "=\"";
        return _samples
            .Where(s => s.Name == name)
            .GroupBy(s => LabelValue(s.Labels, prefix), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (long)g.Sum(s => s.Value), StringComparer.Ordinal);
    }

    private static string LabelValue(string labels, string prefix)
    {
        foreach (var pair in labels.Split(','))
        {
            if (pair.StartsWith(prefix, StringComparison.Ordinal))
            {
                return pair[prefix.Length..^1];
            }
        }

        return "";
    }
}
