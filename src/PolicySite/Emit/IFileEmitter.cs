namespace PolicySite.Emit;

/// <summary>Produces files of the site that are not HTML pages (calendars, feeds, sitemap, search index).</summary>
public interface IFileEmitter
{
    IEnumerable<OutputFile> Emit(EmitContext context);
}
