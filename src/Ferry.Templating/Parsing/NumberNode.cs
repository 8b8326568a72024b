using System.Numerics;

namespace Ferry.Templating.Parsing;

/// <summary>A numeric literal with every interpretation Go allows for it (int, uint, float, complex).</summary>
internal sealed class NumberNode(int position, string text) : Node(position)
{
    public string Text { get; } = text;

    public bool IsInt { get; set; }

    public bool IsUint { get; set; }

    public bool IsFloat { get; set; }

    public bool IsComplex { get; set; }

    public long Int64 { get; set; }

    public ulong Uint64 { get; set; }

    public double Float64 { get; set; }

    public Complex Complex128 { get; set; }

    public override string ToString() => Text;
}
