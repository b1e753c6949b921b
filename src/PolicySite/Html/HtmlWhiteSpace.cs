using System.Buffers;

namespace PolicySite.Html;

/// <summary>HTML's ASCII white space (tab, line feed, form feed, carriage return, space): what separates attributes and classes.</summary>
internal static class HtmlWhiteSpace
{
    public static readonly SearchValues<char> Characters = SearchValues.Create("\t\n\f\r ");

    public static bool Is(char c) => c is ' ' or '\n' or '\t' or '\f' or '\r';
}
