using Ferry.Benchmarks.LocalCluster;

// Scale scenarios for the pieces Ferry stands on. Each prints a small table; see docs/design for recorded figures.
var scenario = args.Length > 0 ? args[0] : "local-cluster";
switch (scenario)
{
    case "local-cluster":
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        var scale = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        await LocalClusterScenario.RunAsync(count, scale);
        return 0;
    default:
        Console.Error.WriteLine($"unknown scenario {scenario}; known: local-cluster [operations] [scale-objects]");
        return 2;
}
