using BenchmarkDotNet.Running;
using Ferry.Benchmarks.LocalCluster;
using Ferry.Benchmarks.Operator;
using Ferry.Benchmarks.Providers;
using Ferry.Benchmarks.Runtime;

// Scale scenarios for the pieces Ferry stands on, and BenchmarkDotNet micro-benchmarks ("micro", then its own
// arguments, e.g. micro --filter *WorkQueue* or micro --filter *TemplateRender*). Each scenario prints a small table of figures.
var scenario = args.Length > 0 ? args[0] : "local-cluster";
switch (scenario)
{
    case "local-cluster":
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        var scale = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        await LocalClusterScenario.RunAsync(count, scale);
        return 0;
    case "runtime":
        var objects = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        await InformerScaleScenario.RunAsync(objects);
        return 0;
    case "provider-aws":
        await AwsProviderScenario.RunAsync(reads: 1000, distinctKeys: 100, concurrency: 16);
        return 0;
    case "provider-vault":
        var reads = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var concurrency = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 16;
        await VaultProviderScenario.RunAsync(reads, concurrency);
        return 0;
    case "provider-azure":
        await AzureProviderScenario.RunAsync(reads: 1000, distinctKeys: 100);
        return 0;
    case "provider-gcp":
        await GcpProviderScenario.RunAsync(reads: 1000, distinctKeys: 100, concurrency: 16);
        return 0;
    case "provider-webhook":
        await WebhookProviderScenario.RunAsync(reads: 1000, distinctKeys: 100, concurrency: 16);
        return 0;
    case "provider-calls":
        await ProviderCallsScenario.RunAsync();
        return 0;
    case "operator-scale":
        var withFloor = !args.Contains("--no-floor");
        var limitAt = Array.IndexOf(args, "--container-memory-mib");
        int? containerMemory = limitAt > 0 && limitAt + 1 < args.Length ? int.Parse(args[limitAt + 1], System.Globalization.CultureInfo.InvariantCulture) : null;
        // Skip(1) shifts indexes by one: index i here is args[i + 1], so i == limitAt is the limit's value.
        var numbers = args.Skip(1).Where((a, i) => a is not "--no-floor" and not "--container-memory-mib" && i != limitAt).ToArray();
        var externalSecrets = numbers.Length > 0 ? int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var namespaces = numbers.Length > 1 ? int.Parse(numbers[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
        await OperatorScaleScenario.RunAsync(externalSecrets, namespaces, withFloor, containerMemory);
        return 0;
    case ClusterProcess.Scenario:
        await ClusterProcess.ServeAsync(args[1]);
        return 0;
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(WorkQueueBenchmarks).Assembly).Run(args[1..]);
        return 0;
    default:
        Console.Error.WriteLine($"unknown scenario {scenario}; known: local-cluster [operations] [scale-objects], runtime [objects], provider-aws, provider-vault [reads] [concurrency], provider-azure, provider-gcp, provider-webhook, provider-calls, operator-scale [count] [namespaces] [--no-floor], micro [BenchmarkDotNet arguments]");
        return 2;
}
