using PolicySite.Templates;

namespace PolicySite.Spine.Model;

/// <summary><c>page.data</c> of an approach part's page: Chapter III's text for it, then each objective's section.</summary>
public sealed record ApproachPartData(int Number, RawHtml Definition, string DefinitionUrl, IReadOnlyList<ObjectiveSection> Sections);
