using PolicySite.Pipeline;

namespace PolicySite.Tests.Preview;

/// <summary>What a changed path means to the build, decided from the path alone.</summary>
public sealed class ChangeClassifierTests
{
    private const string Input = "/site/input";
    private const string Theme = "/site/theme";

    [Theory]
    [InlineData("/site/input/chapters/01-importance.md", SiteChangeKind.ContentPage)]
    [InlineData("/site/input/objectives/01-human-rights.md", SiteChangeKind.ContentPage)]
    [InlineData("/site/input/events/2018-05-14-partners-under-pressure.md", SiteChangeKind.ContentPage)]
    [InlineData("/site/input/notes.md", SiteChangeKind.ContentPage)]
    [InlineData("/site/input/data/references.yml", SiteChangeKind.DataFile)]
    [InlineData("/site/input/data/annex.yml", SiteChangeKind.DataFile)]
    [InlineData("/site/input/site.yml", SiteChangeKind.SiteConfig)]
    [InlineData("/site/input/chapters", SiteChangeKind.Other)]
    [InlineData("/site/input/data", SiteChangeKind.Other)]
    [InlineData("/site/input/chapters/sedAbC123", SiteChangeKind.Other)]
    [InlineData("/site/theme/layouts/base.html", SiteChangeKind.Template)]
    [InlineData("/site/theme/layouts/chapter.html", SiteChangeKind.Template)]
    [InlineData("/site/theme/partials/contents.html", SiteChangeKind.Template)]
    [InlineData("/site/theme/i18n/en.yml", SiteChangeKind.UiStrings)]
    [InlineData("/site/theme/assets/css/site.css", SiteChangeKind.CssAsset)]
    [InlineData("/site/theme/assets/css/print.CSS", SiteChangeKind.CssAsset)]
    [InlineData("/site/theme/assets/js/site.js", SiteChangeKind.OtherAsset)]
    [InlineData("/site/theme/assets/img/logo.svg", SiteChangeKind.OtherAsset)]
    [InlineData("/site/theme/assets", SiteChangeKind.Other)]
    [InlineData("/site/theme/README.md", SiteChangeKind.Other)]
    public void Should_classify_a_file_by_where_it_is_and_what_it_is(string path, SiteChangeKind expected) =>
        Assert.Equal(expected, ChangeClassifier.Classify(path, Input, Theme));

    [Theory]
    [InlineData("/site/input/chapters/.01-importance.md.swp")]
    [InlineData("/site/input/chapters/01-importance.md~")]
    [InlineData("/site/input/chapters/4913")]
    [InlineData("/site/input/chapters/#01-importance.md#")]
    [InlineData("/site/input/chapters/.#01-importance.md")]
    [InlineData("/site/input/chapters/01-importance.md___jb_tmp___")]
    [InlineData("/site/input/chapters/01-importance.md___jb_old___")]
    [InlineData("/site/input/chapters/01-importance.md.tmp")]
    [InlineData("/site/input/.git/index")]
    [InlineData("/site/theme/.DS_Store")]
    [InlineData("/site/theme/assets/css/site.css.bak")]
    [InlineData("/site/theme/assets/Thumbs.db")]
    public void Should_ignore_editor_temp_backup_and_hidden_files(string path) =>
        Assert.Equal(SiteChangeKind.Ignored, ChangeClassifier.Classify(path, Input, Theme));

    [Theory]
    [InlineData("/site/output/index.html")]
    [InlineData("/site/inputs/chapters/01.md")]
    [InlineData("/site/themes/layouts/base.html")]
    [InlineData("/site/input")]
    [InlineData("/site/README.md")]
    public void Should_ignore_paths_outside_input_and_theme(string path) =>
        Assert.Equal(SiteChangeKind.Ignored, ChangeClassifier.Classify(path, Input, Theme));

    [Fact]
    public void Should_accept_folders_given_with_a_trailing_separator_and_windows_separators()
    {
        Assert.Equal(SiteChangeKind.ContentPage, ChangeClassifier.Classify(@"C:\site\input\chapters\01.md", @"C:\site\input\", @"C:\site\theme"));
        Assert.Equal(SiteChangeKind.CssAsset, ChangeClassifier.Classify("/site/theme/assets/css/site.css", Input, Theme + "/"));
    }

    [Fact]
    public void Should_need_no_rebuild_when_only_ignored_files_changed()
    {
        Assert.False(ChangeClassifier.NeedsRebuild([SiteChangeKind.Ignored, SiteChangeKind.Ignored]));
        Assert.False(ChangeClassifier.NeedsRebuild([]));
        Assert.True(ChangeClassifier.NeedsRebuild([SiteChangeKind.Ignored, SiteChangeKind.ContentPage]));
    }

    [Fact]
    public void Should_call_a_batch_style_only_when_every_relevant_change_is_a_stylesheet()
    {
        Assert.True(ChangeClassifier.IsStyleOnly([SiteChangeKind.CssAsset, SiteChangeKind.Ignored]));
        Assert.False(ChangeClassifier.IsStyleOnly([SiteChangeKind.CssAsset, SiteChangeKind.Template]));
        Assert.False(ChangeClassifier.IsStyleOnly([SiteChangeKind.OtherAsset]));
        Assert.False(ChangeClassifier.IsStyleOnly([SiteChangeKind.Ignored]));
    }
}
