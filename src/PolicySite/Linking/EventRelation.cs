namespace PolicySite.Linking;

/// <summary>An event and a part of the policy it relates to (its front matter's <c>related</c>).</summary>
public sealed record EventRelation(string EventPageId, IndexTarget Target);
