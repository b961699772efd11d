using Reader.Essays;
using Reader.Essays.Figures;

namespace Reader.Tests.Figures;

/// <summary>The front matter's <c>image:</c>, resolved like an image in the Markdown and reported at its line.</summary>
public sealed class CoverFrontMatterTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private (Essay? Essay, List<ContentProblem> Problems) Parse(string yaml)
    {
        var path = content.Write("essay.md", $"---\n{yaml}\n---\n# Essay\n\nText.\n");
        var problems = new List<ContentProblem>();
        var source = new EssaySource("essay", path, [new EssayFile(path, File.ReadAllText(path))], DateTimeOffset.UnixEpoch);
        return (EssayParser.Parse(source, problems, figures: new FigureResolver(content.FullName, 1024 * 1024)), problems);
    }

    [Fact]
    public void ACoverBesideTheEssayIsItsCoverItsShareImageAndAFigureTheSiteServes()
    {
        File.WriteAllBytes(content.PathOf("cover.png"), TestImages.Png(9, 3));

        var (essay, problems) = Parse("title: Essay\nimage: cover.png\nimage_alt: A wide view");

        Assert.Empty(problems);
        var cover = Assert.IsType<FigureUse>(essay?.Metadata.Cover);
        Assert.Equal(("A wide view", 9, 3), (cover.Alt, cover.Figure.Width, cover.Figure.Height));
        Assert.Same(cover, essay!.ShareImage);
        Assert.Contains(cover.Figure, essay.Figures);
    }

    [Fact]
    public void TheLibraryVersionFollowsTheCoverWhichNoSectionShows()
    {
        File.WriteAllBytes(content.PathOf("one.png"), TestImages.Png(2, 2));
        File.WriteAllBytes(content.PathOf("two.png"), TestImages.Png(3, 3));
        string VersionWith(string yaml) => LibraryVersion.Of([Parse(yaml).Essay!]);

        Assert.NotEqual(VersionWith("image: one.png\nimage_alt: A"), VersionWith("image: two.png\nimage_alt: A"));
        Assert.NotEqual(VersionWith("image: one.png\nimage_alt: A"), VersionWith("image: one.png\nimage_alt: B"));
        Assert.Equal(VersionWith("image: one.png\nimage_alt: A"), VersionWith("image: one.png\nimage_alt: A"));
    }

    [Fact]
    public void ACoverInTheSharedFolderIsFoundToo()
    {
        Directory.CreateDirectory(content.PathOf(FigureResolver.SharedFolder));
        File.WriteAllBytes(Path.Combine(content.PathOf(FigureResolver.SharedFolder), "shared.gif"), TestImages.Gif(4, 4));

        var (essay, problems) = Parse("image: shared.gif\nimage_alt: A shared picture");

        Assert.Empty(problems);
        Assert.Equal(ImageFormat.Gif, essay?.Metadata.Cover?.Figure.Format);
    }

    [Theory]
    [InlineData("title: Essay\nimage: missing.png\nimage_alt: Gone", 3, 8, "error: the image missing.png is not there: there is no missing.png, nor _figures/missing.png in the shared _figures folder")]
    [InlineData("image: ../outside.png\nimage_alt: Out", 2, 8, "error: the image ../outside.png leads outside the content folder; only images inside it are shown")]
    [InlineData("image: https://example.com/cover.jpg", 2, 8, "warning: the image https://example.com/cover.jpg is on another site and is not shown: the site's Content-Security-Policy allows images only from the site itself (so readers are not tracked by other sites); save the image in the content folder and write its path relative to this file")]
    [InlineData("image: notes.png\nimage_alt: Notes", 2, 8, "error: the image notes.png is not an image Reader can show (JPEG, PNG, GIF, WebP, AVIF or SVG, whatever its name says)")]
    public void ACoverThatCannotBeShownIsReportedAtItsFrontMatterLineAndTheEssayIsStillServed(string yaml, int line, int column, string message)
    {
        content.Write("notes.png", "just some text");

        var (essay, problems) = Parse(yaml);

        var problem = Assert.Single(problems);
        Assert.Equal($"{content.PathOf("essay.md")}:{line}:{column}: {message}", problem.ToString());
        Assert.NotNull(essay);
        Assert.Null(essay.Metadata.Cover);
        Assert.Null(essay.ShareImage);
    }

    [Fact]
    public void ACoverWithoutAlternativeTextIsAWarningAndStillTheCover()
    {
        File.WriteAllBytes(content.PathOf("cover.png"), TestImages.Png(2, 2));

        var (essay, problems) = Parse("image: cover.png");

        Assert.Equal(
            $"{content.PathOf("essay.md")}:2:8: warning: the image cover.png has no alternative text for readers who can't see it; add 'image_alt:' with a description of it, or 'image_alt: decorative' if it is only decoration",
            Assert.Single(problems).ToString());
        Assert.Equal("", essay?.Metadata.Cover?.Alt);
    }

    [Fact]
    public void ADecorativeCoverHasNoAlternativeTextAndNoWarning()
    {
        File.WriteAllBytes(content.PathOf("cover.png"), TestImages.Png(2, 2));

        var (essay, problems) = Parse("image: cover.png\nimage_alt: Decorative");

        Assert.Empty(problems);
        Assert.Equal("", essay?.Metadata.Cover?.Alt);
    }

    [Fact]
    public void AnAlternativeTextWithoutACoverIsAWarning()
    {
        var (essay, problems) = Parse("title: Essay\nimage_alt: A picture");

        Assert.Equal($"{content.PathOf("essay.md")}:3:1: warning: 'image_alt' describes the cover, but no 'image' names one; it is ignored", Assert.Single(problems).ToString());
        Assert.Null(essay?.Metadata.Cover);
    }

    [Fact]
    public void AnSvgCoverIsTheCardsButLinkPreviewsTakeTheFirstRasterFigure()
    {
        content.Write("cover.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30\" height=\"10\"/>");
        File.WriteAllBytes(content.PathOf("photo.jpg"), TestImages.Jpeg(40, 30));
        var path = content.Write("essay.md", "---\nimage: cover.svg\nimage_alt: A drawing\n---\n# Essay\n\n![A photo](photo.jpg)\n");
        var problems = new List<ContentProblem>();

        var essay = EssayParser.Parse(new EssaySource("essay", path, [new EssayFile(path, File.ReadAllText(path))], DateTimeOffset.UnixEpoch), problems, figures: new FigureResolver(content.FullName, 1024 * 1024));

        Assert.Empty(problems);
        Assert.Equal(ImageFormat.Svg, essay?.Metadata.Cover?.Figure.Format);
        Assert.Equal(("A photo", ImageFormat.Jpeg), (essay?.ShareImage?.Alt, essay?.ShareImage?.Figure.Format));
    }
}
