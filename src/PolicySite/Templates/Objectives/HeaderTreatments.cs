namespace PolicySite.Templates.Objectives;

/// <summary>
/// The header treatments an objective theme may choose. Each is a class
/// <c>objective-header--&lt;name&gt;</c> styled in <c>theme/assets/css/site.css</c>; a new
/// treatment is a name here and a rule there.
/// </summary>
public static class HeaderTreatments
{
    /// <summary>band: a tinted header with a thick accent band on top; rule: an accent rule along its start edge; underline: a thick accent line below it.</summary>
    public static IReadOnlyList<string> All { get; } = ["band", "rule", "underline"];
}
