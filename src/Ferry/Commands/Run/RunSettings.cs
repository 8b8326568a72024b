using Ferry.Controllers.Operator;
using Microsoft.Extensions.Logging;

namespace Ferry.Commands.Run;

/// <summary>`ferry run`'s parsed command line: the operator's options, API throttling, logging, and the ESO flags given but ignored.</summary>
internal sealed record RunSettings(
    FerryOperatorOptions Operator,
    float ClientQps,
    int ClientBurst,
    LogLevel LogLevel,
    string? Kubeconfig,
    IReadOnlyList<string> IgnoredFlags);
