using System.Reflection;
using PolicySite.Cli;

namespace PolicySite.Tests.Cli;

/// <summary>The published <c>policysite</c> is Roslyn-free: no runtime C# compilation anywhere in its dependencies.</summary>
public sealed class PublishedDependenciesTests
{
    [Fact]
    public void Should_load_no_Microsoft_CodeAnalysis_assembly_anywhere_in_the_command_line_dependency_graph()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(PolicySiteApp).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name is null || !seen.Add(reference.Name))
                {
                    continue;
                }
                Assert.False(reference.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal), $"{assembly.GetName().Name} references {reference.Name}");
                if (!reference.Name.StartsWith("System", StringComparison.Ordinal) && reference.Name != "netstandard" && reference.Name != "mscorlib")
                {
                    try
                    {
                        pending.Push(Assembly.Load(reference));
                    }
                    catch (FileNotFoundException)
                    {
                        // An optional dependency that the app never loads is not shipped; its name was checked above.
                    }
                }
            }
        }
        Assert.Contains("Scriban.Signed", seen);
    }
}
