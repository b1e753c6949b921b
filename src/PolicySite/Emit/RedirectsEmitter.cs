using System.Text;
using PolicySite.Linking;
using PolicySite.Publishing;

namespace PolicySite.Emit;

/// <summary>
/// The host's <c>_redirects</c> file: a 301 from each former address of a page to the page. The
/// redirect pages for hosts without redirects are rendered with the theme (<see cref="PageAliases"/>).
/// </summary>
public sealed class RedirectsEmitter : IFileEmitter
{
    public IEnumerable<OutputFile> Emit(EmitContext context)
    {
        var aliases = PageAliases.Of(context.Site.AllPages);
        yield return new OutputFile(RedirectsFile.FileName, Encoding.UTF8.GetBytes(RedirectsFile.Build(aliases, context.Urls)));
    }
}
