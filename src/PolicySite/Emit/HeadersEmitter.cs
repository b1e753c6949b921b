using System.Text;
using PolicySite.Publishing;

namespace PolicySite.Emit;

/// <summary>The host's <c>_headers</c> file: security headers everywhere, caching by kind of file (<see cref="HeadersFile"/>).</summary>
public sealed class HeadersEmitter : IFileEmitter
{
    public IEnumerable<OutputFile> Emit(EmitContext context)
    {
        var pageUrls = context.Pages.Select(p => ServedUrl.Of(p.OutputPath));
        yield return new OutputFile(HeadersFile.FileName, Encoding.UTF8.GetBytes(HeadersFile.Format(HeadersFile.Rules(context.Urls, pageUrls))));
    }
}
