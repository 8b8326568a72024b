using BenchmarkDotNet.Running;
using Ferry.Benchmarks;

if (args.Length > 0 && args[0] == "scale")
{
    var objects = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    await InformerScaleScenario.RunAsync(objects);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(WorkQueueBenchmarks).Assembly).Run(args);
