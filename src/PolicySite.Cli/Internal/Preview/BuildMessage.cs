namespace PolicySite.Cli.Internal.Preview;

/// <summary>The data of a <c>hello</c> or <c>ok</c> event: which build the page now shows.</summary>
internal sealed record BuildMessage(string Build);
