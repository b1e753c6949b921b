namespace PolicySite.Tests.Robustness;

/// <summary>
/// How many random cases each property test tries. Few in the normal test run, so that it stays
/// quick; <c>scripts/property-tests.sh [cases]</c> sets <c>CsCheck_Iter</c> (CsCheck's own name
/// for it) for a longer run.
/// </summary>
internal static class PropertyRuns
{
    public const string Variable = "CsCheck_Iter";

    public const int Default = 40;

    public static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), out var cases) && cases > 0 ? cases : Default;
}
