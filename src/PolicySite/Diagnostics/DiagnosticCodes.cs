namespace PolicySite.Diagnostics;

/// <summary>
/// The stable diagnostic codes. A code never changes meaning once published: CI logs, editor
/// problem matchers and the README all refer to them. Grouped by hundreds: 00xx files and YAML,
/// 01xx Markdown and linking, 02xx theme, 03xx output validation, 04xx writing, 05xx events, 06xx publishing.
/// </summary>
public static class DiagnosticCodes
{
    // Files, folders and YAML.
    public const string InputFolderMissing = "PS0001";
    public const string FileUnreadable = "PS0002";
    public const string YamlSyntax = "PS0010";
    public const string YamlUnknownKey = "PS0011";
    public const string YamlInvalidValue = "PS0012";
    public const string YamlMissingField = "PS0013";
    public const string FrontMatterUnclosed = "PS0014";
    public const string FrontMatterMissing = "PS0015";
    public const string UnknownContentFolder = "PS0016";
    public const string DuplicateId = "PS0020";
    public const string DuplicateOutputPath = "PS0021";
    public const string InvalidId = "PS0022";

    // Markdown, footnotes, references and cross-references.
    public const string FootnoteUndefined = "PS0101";
    public const string FootnoteUnused = "PS0102";
    public const string FootnoteDuplicate = "PS0103";
    public const string RawScript = "PS0104";
    public const string MarkdownTooDeep = "PS0105";
    public const string ReferenceUnknown = "PS0110";
    public const string ReferenceWithoutUrl = "PS0111";
    public const string CrossReferenceUnknown = "PS0120";
    public const string CrossReferenceAmbiguous = "PS0121";
    public const string ApproachPartMissing = "PS0130";
    public const string ApproachPartDuplicate = "PS0131";

    // Theme.
    public const string LayoutMissing = "PS0201";
    public const string TemplateSyntax = "PS0202";
    public const string TemplateRuntime = "PS0203";
    public const string TranslationMissing = "PS0204";
    public const string ThemeFolderMissing = "PS0205";

    // Validation of the emitted site.
    public const string BrokenLink = "PS0301";
    public const string MissingAnchor = "PS0302";
    public const string DuplicateElementId = "PS0303";

    // Writing the output.
    public const string OutputWriteFailed = "PS0401";

    // Events.
    public const string EventEndBeforeStart = "PS0501";
    public const string EventUnknownTimeZone = "PS0502";
    public const string EventInvalidDate = "PS0503";
    public const string EventRescheduledWithoutPreviousStart = "PS0504";
    public const string EventPreviousStartUnused = "PS0505";

    // Publishing: redirects from former addresses.
    public const string AliasInvalid = "PS0601";
    public const string AliasCollision = "PS0602";
}
