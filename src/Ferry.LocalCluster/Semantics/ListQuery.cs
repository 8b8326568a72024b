using Ferry.LocalCluster.Selectors;

namespace Ferry.LocalCluster.Semantics;

/// <summary>What a list or watch asks for: namespace (empty for all), selectors and paging.</summary>
internal sealed record ListQuery(string Namespace, LabelSelector Labels, FieldSelector Fields, int Limit, string? Continue);
