namespace PolicySite.Pipeline;

/// <summary>What a changed file is to the build; decided by <see cref="ChangeClassifier"/> from its path alone.</summary>
public enum SiteChangeKind
{
    /// <summary>Not read by the build: editor temp, swap and backup files, hidden files, anything outside input/ and theme/.</summary>
    Ignored,

    /// <summary>A Markdown page under <c>input/</c>.</summary>
    ContentPage,

    /// <summary>A file under <c>input/data/</c> (sources, annex, priorities).</summary>
    DataFile,

    /// <summary><c>input/site.yml</c>: title, base URL, language, colophon; every page shows some of it.</summary>
    SiteConfig,

    /// <summary>A layout or partial under <c>theme/layouts/</c> or <c>theme/partials/</c>.</summary>
    Template,

    /// <summary>UI strings under <c>theme/i18n/</c>.</summary>
    UiStrings,

    /// <summary>A stylesheet under <c>theme/assets/</c>: the browser can swap it without reloading the page.</summary>
    CssAsset,

    /// <summary>Any other file under <c>theme/assets/</c> (scripts, images, fonts).</summary>
    OtherAsset,

    /// <summary>Something else inside <c>input/</c> or <c>theme/</c>, such as a folder: rebuilt, to be safe.</summary>
    Other,
}
