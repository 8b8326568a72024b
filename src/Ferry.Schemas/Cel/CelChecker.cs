using Ferry.Schemas.Model;

namespace Ferry.Schemas.Cel;

/// <summary>
/// A static type check in the spirit of cel-go's checker: undeclared names, undefined fields of schema objects,
/// unknown functions and operand types that no overload accepts are compile errors, so a broken rule is reported
/// when the schema is parsed rather than on every object. Values typed dyn (int-or-string, preserve-unknown-fields)
/// defer their checks to run time, as in Kubernetes.
/// </summary>
internal sealed class CelChecker
{
    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal)
    {
        "size", "contains", "startsWith", "endsWith", "matches", "lowerAscii", "upperAscii", "trim", "replace", "split",
        "join", "indexOf", "lastIndexOf", "substring", "charAt", "int", "uint", "double", "string", "bool", "bytes",
        "dyn", "hasValue", "value", "orValue", "sum", "min", "max", "isSorted", "reverse", "timestamp", "duration",
        "getFullYear", "getMonth", "getDate", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "getHours", "getMinutes",
        "getSeconds", "getMilliseconds", "or", "optional.of", "optional.none", "optional.ofNonZeroValue",
        "sets.contains", "sets.equivalent", "sets.intersects", "find", "findAll",
    };

    private static readonly SchemaNode MetadataSchema = CreateMetadataSchema();

    private readonly Dictionary<string, CelType> _variables;

    public CelChecker(Dictionary<string, CelType> variables)
    {
        _variables = variables;
    }

    public CelType Check(CelNode node) => node.Kind switch
    {
        CelNodeKind.Literal => LiteralType(node.Value),
        CelNodeKind.Identifier => _variables.TryGetValue(node.Name, out var type)
            ? type
            : throw Error($"undeclared reference to '{node.Name}' (in container '')", node),
        CelNodeKind.Select => Select(node),
        CelNodeKind.Has => HasType(node),
        CelNodeKind.List => ListType(node),
        CelNodeKind.Map => MapType(node),
        CelNodeKind.Comprehension => Comprehension(node),
        _ => Call(node),
    };

    private static SchemaNode CreateMetadataSchema()
    {
        var metadata = new SchemaNode { Type = "object" };
        metadata.Properties["name"] = new SchemaNode { Type = "string" };
        metadata.Properties["generateName"] = new SchemaNode { Type = "string" };
        return metadata;
    }

    private CelType HasType(CelNode node)
    {
        Select(node.Target!);
        return CelType.Bool;
    }

    private CelType Select(CelNode node) => SelectOn(Check(node.Target!), node.Name, node);

    private static CelType SelectOn(CelType target, string field, CelNode node)
    {
        switch (target.Kind)
        {
            case CelTypeKind.Dyn:
                return CelType.Dyn;
            case CelTypeKind.Map:
                return target.Element ?? CelType.Dyn;
            case CelTypeKind.Optional:
                return CelType.OptionalOf(SelectOn(target.Element ?? CelType.Dyn, field, node));
            case CelTypeKind.Object:
                var schema = target.Schema!;
                var name = CelNames.Unescape(field);
                if ((schema.IsRoot || schema.EmbeddedResource) && name == "metadata")
                {
                    // Rules see only the name and generateName of a resource's metadata.
                    return new CelType(CelTypeKind.Object) { Schema = MetadataSchema };
                }

                if (schema.Properties.TryGetValue(name, out var property))
                {
                    return CelType.FromSchema(property);
                }

                if (schema.IsRoot && name is "apiVersion" or "kind")
                {
                    return CelType.String;
                }

                if (schema.PreserveUnknownFields)
                {
                    return CelType.Dyn;
                }

                throw Error($"undefined field '{field}'", node);
            default:
                throw Error($"type '{target.Describe()}' does not support field selection", node);
        }
    }

    private CelType ListType(CelNode node)
    {
        CelType? element = null;
        foreach (var item in node.Args)
        {
            var type = Check(item);
            element = element is null || element == type ? type : CelType.Dyn;
        }

        return CelType.ListOf(element ?? CelType.Dyn);
    }

    private CelType MapType(CelNode node)
    {
        CelType? value = null;
        for (var i = 0; i < node.Args.Count; i += 2)
        {
            Check(node.Args[i]);
            var type = Check(node.Args[i + 1]);
            value = value is null || value == type ? type : CelType.Dyn;
        }

        return CelType.MapOf(value ?? CelType.Dyn);
    }

    private CelType Comprehension(CelNode node)
    {
        var range = Check(node.Target!);
        var variable = range.Kind switch
        {
            CelTypeKind.List => range.Element ?? CelType.Dyn,
            CelTypeKind.Map => CelType.String,
            CelTypeKind.Dyn => CelType.Dyn,
            _ => throw Error($"expression of type '{range.Describe()}' cannot be range of a comprehension (must be list, map, or dynamic)", node.Target!),
        };
        _variables.TryGetValue(node.Variable, out var shadowed);
        _variables[node.Variable] = variable;
        try
        {
            var types = node.Args.Select(Check).ToList();
            switch (node.Name)
            {
                case "map":
                    if (types.Count == 2)
                    {
                        RequireBool(types[0], node.Args[0], "_&&_");
                    }

                    return CelType.ListOf(types[^1]);
                case "filter":
                    RequireBool(types[0], node.Args[0], "_&&_");
                    return range.Kind == CelTypeKind.List ? range : CelType.ListOf(variable);
                default:
                    RequireBool(types[0], node.Args[0], "_&&_");
                    return CelType.Bool;
            }
        }
        finally
        {
            if (shadowed is null)
            {
                _variables.Remove(node.Variable);
            }
            else
            {
                _variables[node.Variable] = shadowed;
            }
        }
    }

    private CelType Call(CelNode node)
    {
        var args = node.Args.Select(Check).ToList();
        var receiver = node.Target is null ? null : Check(node.Target);
        switch (node.Name)
        {
            case "_&&_" or "_||_":
                RequireBool(args[0], node, node.Name, args);
                RequireBool(args[1], node, node.Name, args);
                return CelType.Bool;
            case "!_":
                RequireBool(args[0], node, node.Name, args);
                return CelType.Bool;
            case "_==_" or "_!=_":
                if (!Comparable(args[0], args[1], equality: true))
                {
                    throw NoOverload(node, node.Name, args);
                }

                return CelType.Bool;
            case "_<_" or "_<=_" or "_>_" or "_>=_":
                if (!Comparable(args[0], args[1], equality: false))
                {
                    throw NoOverload(node, node.Name, args);
                }

                return CelType.Bool;
            case "@in":
                if (args[1].Kind is not (CelTypeKind.List or CelTypeKind.Map or CelTypeKind.Dyn))
                {
                    throw NoOverload(node, node.Name, args);
                }

                return CelType.Bool;
            case "_?_:_":
                RequireBool(args[0], node, node.Name, args);
                return args[1] == args[2] ? args[1] : CelType.Dyn;
            case "_[_]":
                return args[0].Kind switch
                {
                    CelTypeKind.List when args[1].IsDynOr(CelTypeKind.Int) || args[1].Kind == CelTypeKind.Uint => args[0].Element ?? CelType.Dyn,
                    CelTypeKind.Map => args[0].Element ?? CelType.Dyn,
                    CelTypeKind.Dyn or CelTypeKind.Object => CelType.Dyn,
                    _ => throw NoOverload(node, node.Name, args),
                };
            case "_+_":
                return Arithmetic(node, args, allowConcat: true);
            case "_-_" or "_*_" or "_/_" or "_%_":
                return Arithmetic(node, args, allowConcat: false);
            case "_?._":
                var selected = SelectOn(args[0], (string)node.Args[1].Value!, node);
                return selected.Kind == CelTypeKind.Optional ? selected : CelType.OptionalOf(selected);
            case "_[?_]":
                var inner = args[0].Kind == CelTypeKind.Optional ? args[0].Element ?? CelType.Dyn : args[0];
                return CelType.OptionalOf(inner.Kind is CelTypeKind.List or CelTypeKind.Map ? inner.Element ?? CelType.Dyn : CelType.Dyn);
            case "-_":
                return args[0].Kind is CelTypeKind.Int or CelTypeKind.Double or CelTypeKind.Dyn
                    ? args[0]
                    : throw NoOverload(node, node.Name, args);
        }

        if (!Functions.Contains(node.Name))
        {
            throw Error($"undeclared reference to '{node.Name}' (in container '')", node);
        }

        return FunctionType(node, receiver, args);
    }

    private static CelType FunctionType(CelNode node, CelType? receiver, List<CelType> args)
    {
        var all = receiver is null ? args : [receiver, .. args];
        switch (node.Name)
        {
            case "size":
                if (all.Count != 1 || all[0].Kind is not (CelTypeKind.String or CelTypeKind.Bytes or CelTypeKind.List or CelTypeKind.Map or CelTypeKind.Dyn))
                {
                    throw NoOverload(node, node.Name, all);
                }

                return CelType.Int;
            case "contains" or "startsWith" or "endsWith" or "matches":
                RequireStrings(node, all, 2);
                return CelType.Bool;
            case "lowerAscii" or "upperAscii" or "trim":
                RequireStrings(node, all, 1);
                return CelType.String;
            case "int" or "getFullYear" or "getMonth" or "getDate" or "getDayOfMonth" or "getDayOfWeek" or "getDayOfYear"
                or "getHours" or "getMinutes" or "getSeconds" or "getMilliseconds":
                return CelType.Int;
            case "timestamp":
                return CelType.Timestamp;
            case "duration":
                return CelType.Duration;
            case "uint":
                return CelType.Uint;
            case "double":
                return CelType.Double;
            case "string" or "replace" or "substring" or "charAt" or "join":
                return CelType.String;
            case "bool" or "hasValue" or "isSorted" or "sets.contains" or "sets.equivalent" or "sets.intersects":
                return CelType.Bool;
            case "find":
                return CelType.String;
            case "findAll":
                return CelType.ListOf(CelType.String);
            case "bytes":
                return CelType.Bytes;
            case "split":
                return CelType.ListOf(CelType.String);
            case "indexOf" or "lastIndexOf":
                return CelType.Int;
            case "value" or "orValue":
                return receiver?.Kind == CelTypeKind.Optional ? receiver.Element ?? CelType.Dyn : CelType.Dyn;
            case "optional.of" or "optional.ofNonZeroValue":
                return CelType.OptionalOf(all.Count == 1 ? all[0] : CelType.Dyn);
            case "optional.none":
                return CelType.OptionalOf(CelType.Dyn);
            case "sum" or "min" or "max":
                return receiver?.Kind == CelTypeKind.List ? receiver.Element ?? CelType.Dyn : CelType.Dyn;
            default:
                return receiver ?? CelType.Dyn;
        }
    }

    private static void RequireStrings(CelNode node, List<CelType> all, int count)
    {
        if (all.Count != count || all.Any(t => !t.IsDynOr(CelTypeKind.String)))
        {
            throw NoOverload(node, node.Name, all);
        }
    }

    private static CelType Arithmetic(CelNode node, List<CelType> args, bool allowConcat)
    {
        var (left, right) = (args[0], args[1]);
        if (left.Kind == CelTypeKind.Dyn || right.Kind == CelTypeKind.Dyn)
        {
            return left.Kind == CelTypeKind.Dyn ? right : left;
        }

        if (left.Kind is CelTypeKind.Timestamp or CelTypeKind.Duration || right.Kind is CelTypeKind.Timestamp or CelTypeKind.Duration)
        {
            return TimeArithmetic(node, args);
        }

        var numeric = left.Kind is CelTypeKind.Int or CelTypeKind.Uint or CelTypeKind.Double;
        var concat = allowConcat && left.Kind is CelTypeKind.String or CelTypeKind.Bytes or CelTypeKind.List;
        if (left.Kind != right.Kind || !(numeric || concat) || (node.Name == "_%_" && left.Kind == CelTypeKind.Double))
        {
            throw NoOverload(node, node.Name, args);
        }

        return left.Kind == CelTypeKind.List && left != right ? CelType.ListOf(CelType.Dyn) : left;
    }

    private static CelType TimeArithmetic(CelNode node, List<CelType> args) => (node.Name, args[0].Kind, args[1].Kind) switch
    {
        ("_+_", CelTypeKind.Timestamp, CelTypeKind.Duration) or ("_+_", CelTypeKind.Duration, CelTypeKind.Timestamp) => CelType.Timestamp,
        ("_-_", CelTypeKind.Timestamp, CelTypeKind.Duration) => CelType.Timestamp,
        ("_-_", CelTypeKind.Timestamp, CelTypeKind.Timestamp) => CelType.Duration,
        ("_+_" or "_-_", CelTypeKind.Duration, CelTypeKind.Duration) => CelType.Duration,
        _ => throw NoOverload(node, node.Name, args),
    };

    private static bool Comparable(CelType left, CelType right, bool equality)
    {
        if (left.Kind is CelTypeKind.Dyn || right.Kind is CelTypeKind.Dyn)
        {
            return true;
        }

        var numeric = new[] { CelTypeKind.Int, CelTypeKind.Uint, CelTypeKind.Double };
        if (numeric.Contains(left.Kind) && numeric.Contains(right.Kind))
        {
            return true;
        }

        if (equality)
        {
            return left.Kind == right.Kind || left.Kind == CelTypeKind.Null || right.Kind == CelTypeKind.Null;
        }

        return left.Kind == right.Kind
            && left.Kind is CelTypeKind.String or CelTypeKind.Bytes or CelTypeKind.Bool or CelTypeKind.Timestamp or CelTypeKind.Duration;
    }

    private static void RequireBool(CelType type, CelNode node, string name, List<CelType>? args = null)
    {
        if (!type.IsDynOr(CelTypeKind.Bool))
        {
            throw NoOverload(node, name, args ?? [type]);
        }
    }

    private static CelCompileException NoOverload(CelNode node, string name, List<CelType> args) =>
        Error($"found no matching overload for '{name}' applied to '({string.Join(", ", args.Select(a => a.Describe()))})'", node);

    private static CelCompileException Error(string message, CelNode node) => new(message, node.Position);

    private static CelType LiteralType(object? value) => value switch
    {
        bool => CelType.Bool,
        long => CelType.Int,
        ulong => CelType.Uint,
        double => CelType.Double,
        string => CelType.String,
        byte[] => CelType.Bytes,
        _ => CelType.Null,
    };
}
