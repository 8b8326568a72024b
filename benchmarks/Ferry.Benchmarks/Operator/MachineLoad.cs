using System.Globalization;

namespace Ferry.Benchmarks.Operator;

/// <summary>The load average (as uptime prints it) to print next to a figure: the machine is shared, and timings and memory move with it.</summary>
internal static class MachineLoad
{
    public static string Now()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Create(CultureInfo.InvariantCulture, $"load average {fields[0]}, {fields[1]}, {fields[2]}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "load average unknown";
        }
    }
}
