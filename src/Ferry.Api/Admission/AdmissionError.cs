namespace Ferry.Api.Admission;

/// <summary>One reason an object is refused: the field it concerns (a JSON path such as
/// <c>spec.dataFrom[0].rewrite[1].regexp.source</c>, or empty for the whole object) and why, in ESO's wording where
/// ESO has one.</summary>
public sealed record AdmissionError(string Field, string Message)
{
    public override string ToString() => Field.Length == 0 ? Message : $"{Field}: {Message}";
}
