using PolicySite.Templates;

namespace PolicySite.Spine.Model;

/// <summary>One objective's section for an approach part, quoted on the part's page.</summary>
public sealed record ObjectiveSection(string Objective, string ObjectiveTitle, string Heading, RawHtml Html, string Url);
