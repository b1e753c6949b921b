using System.Text;
using PolicySite.Publishing;

namespace PolicySite.Emit;

/// <summary><c>robots.txt</c>, pointing crawlers at the sitemap.</summary>
public sealed class RobotsEmitter : IFileEmitter
{
    public IEnumerable<OutputFile> Emit(EmitContext context)
    {
        yield return new OutputFile(RobotsFile.FileName, Encoding.UTF8.GetBytes(RobotsFile.Build(context.Urls)));
    }
}
