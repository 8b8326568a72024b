namespace Ferry.Validation;

/// <summary>How a document's apiVersion and kind relate to what Ferry serves.</summary>
internal enum KindMatch
{
    /// <summary>Not a Ferry group: someone else's object, skipped.</summary>
    Foreign,

    /// <summary>A Ferry kind at a served apiVersion: checked.</summary>
    Served,

    /// <summary>A Ferry kind at an apiVersion Ferry does not serve (v1beta1, or the wrong group): an error.</summary>
    UnservedVersion,

    /// <summary>An ESO kind in a Ferry group that Ferry does not implement (most generators): skipped.</summary>
    NotImplemented,

    /// <summary>A kind no ESO version defines, in a Ferry group (a typo): an error.</summary>
    UnknownKind,
}
