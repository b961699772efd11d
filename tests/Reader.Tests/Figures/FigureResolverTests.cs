using Reader.Essays;
using Reader.Essays.Figures;

namespace Reader.Tests.Figures;

/// <summary>Which file an image address leads to, from an essay folder in a content folder written for each test.</summary>
public sealed class FigureResolverTests : IDisposable
{
    private readonly DirectoryInfo content = Directory.CreateTempSubdirectory("reader-figures-");
    private readonly DirectoryInfo outside = Directory.CreateTempSubdirectory("reader-outside-");
    private readonly List<ContentProblem> problems = [];

    public FigureResolverTests()
    {
        Directory.CreateDirectory(PathOf("essay/figures"));
        Directory.CreateDirectory(PathOf(FigureResolver.SharedFolder));
        File.WriteAllText(PathOf("essay/index.md"), "# Essay\n");
        File.WriteAllBytes(PathOf("essay/chart.png"), TestImages.Png(6, 4));
        File.WriteAllBytes(PathOf("essay/figures/map.gif"), TestImages.Gif(3, 2));
        File.WriteAllBytes(PathOf("_figures/shared.png"), TestImages.Png(2, 2));
        File.WriteAllText(PathOf("essay/text.png"), "not a picture");
        File.WriteAllBytes(Path.Combine(outside.FullName, "secret.png"), TestImages.Png(1, 1));
    }

    public void Dispose()
    {
        content.Delete(recursive: true);
        outside.Delete(recursive: true);
    }

    private string PathOf(string name) => Path.Combine(content.FullName, name);

    private Figure? Resolve(string url, long maxImageBytes = 1024 * 1024) =>
        new FigureResolver(content.FullName, maxImageBytes).Resolve(url, PathOf("essay/index.md"), 3, 1, problems);

    [Theory]
    [InlineData("chart.png", "chart.png")]
    [InlineData("figures/map.gif", "figures/map.gif")]
    [InlineData("./figures/../chart.png", "chart.png")]
    [InlineData("chart.png?v=2#top", "chart.png")]
    [InlineData("shared.png", "../_figures/shared.png")]
    [InlineData("../_figures/shared.png", "../_figures/shared.png")]
    public void ARelativePathFindsTheImageBesideTheMarkdownOrInTheSharedFolder(string url, string found)
    {
        var figure = Resolve(url);

        Assert.Empty(problems);
        Assert.Equal(Path.GetFullPath(Path.Combine(content.FullName, "essay", found)), figure?.Path);
    }

    [Fact]
    public void AFigureHasItsSizeTypeAndAContentHashedAddress()
    {
        var figure = Resolve("chart.png");

        Assert.NotNull(figure);
        Assert.Equal((6, 4, "image/png"), (figure.Width, figure.Height, figure.Format.MediaType));
        Assert.Matches("^/figures/[0-9a-f]{16}/chart\\.png$", figure.Url);
    }

    [Theory]
    [InlineData("../../secret.png", "leads outside the content folder")]
    [InlineData("%2e%2e/%2e%2e/secret.png", "leads outside the content folder")]
    [InlineData("..%2F..%2Fsecret.png", "leads outside the content folder")]
    [InlineData("..\\..\\secret.png", "leads outside the content folder")]
    [InlineData("/etc/passwd", "is an absolute path")]
    [InlineData("file:///etc/passwd", "is not a file in the content folder")]
    [InlineData("index.md", "is not an image Reader can show")]
    [InlineData("text.png", "is not an image Reader can show")]
    [InlineData("missing.png", "is not there")]
    [InlineData("figures", "is a folder")]
    public void AHostileOrWrongAddressIsAnErrorAndFindsNothing(string url, string reason)
    {
        var figure = Resolve(url);

        Assert.Null(figure);
        var problem = Assert.Single(problems);
        Assert.True(problem.IsError);
        Assert.Equal((PathOf("essay/index.md"), 3, 1), (problem.Path, problem.Line, problem.Column));
        Assert.StartsWith($"the image {url} ", problem.Message, StringComparison.Ordinal);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("essay/linked.png")]
    [InlineData("essay/linked-folder/secret.png")]
    public void ASymbolicLinkLeadingOutOfTheContentFolderFindsNothing(string link)
    {
        if (link.Contains("folder", StringComparison.Ordinal))
        {
            Directory.CreateSymbolicLink(PathOf("essay/linked-folder"), outside.FullName);
        }
        else
        {
            File.CreateSymbolicLink(PathOf(link), Path.Combine(outside.FullName, "secret.png"));
        }

        var figure = Resolve(Path.GetRelativePath(PathOf("essay"), PathOf(link)));

        Assert.Null(figure);
        Assert.Contains("symbolic link leading outside the content folder", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASymbolicLinkInsideTheContentFolderIsFollowed()
    {
        File.CreateSymbolicLink(PathOf("essay/alias.png"), PathOf("essay/chart.png"));

        Assert.Equal(PathOf("essay/chart.png"), Resolve("alias.png")?.Path);
    }

    [Fact]
    public void AnImageOverTheLimitIsAnErrorThatNamesTheSetting()
    {
        var figure = Resolve("chart.png", maxImageBytes: 10);

        Assert.Null(figure);
        Assert.EndsWith("over the limit of 10 (Reader:Content:MaxImageBytes)", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com/photo.jpg")]
    [InlineData("//example.com/photo.jpg")]
    public void ARemoteImageIsRefusedWithAWarningThatSaysWhy(string url)
    {
        var figure = Resolve(url);

        Assert.Null(figure);
        var problem = Assert.Single(problems);
        Assert.False(problem.IsError);
        Assert.Contains("Content-Security-Policy allows images only from the site itself", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHashComesFromTheBytesSoItIsTheSameEverywhereAndChangesWithTheImage()
    {
        var before = Resolve("chart.png")?.Hash;
        var again = Resolve("chart.png")?.Hash;
        File.WriteAllBytes(PathOf("essay/chart.png"), TestImages.Png(6, 4, red: 200));
        var after = Resolve("chart.png")?.Hash;

        Assert.Equal(before, again);
        Assert.NotEqual(before, after);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(PathOf("essay/chart.png"))))[..16], after);
    }
}
