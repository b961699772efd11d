using System.Text.RegularExpressions;
using Reader.Content;

namespace Reader.Tests.Architecture;

/// <summary>
/// The folders of src/Reader depend one way, like the data: a content file becomes an essay, essays a library,
/// the library sits in the store, and everything on top reads the store. A folder may use only the folders in
/// the layers below its own, never one beside or above it. The README's code layout draws the same layers.
/// </summary>
/// <remarks>
/// Read from the source, not the compiled assembly: a folder's namespace is <c>Reader.{Folder}</c>, so any use
/// of another folder is a <c>using Reader.X</c>, a <c>Reader.X.</c> name or, inside the <c>Reader</c>
/// namespace, an <c>X.</c> name. Run it alone with <c>dotnet test --filter FolderDependencies</c>.
/// </remarks>
public sealed partial class FolderDependenciesTests
{
    /// <summary>The layers, lowest first; a folder may use the folders of earlier layers only.</summary>
    private static readonly string[][] Layers =
    [
        ["Essays"],
        ["Content"],
        ["Store"],
        ["Reading", "Security", "Site", "Search", "Health"],
        ["Caching", "Feeds", "Figures", "Hosting", "Metrics", "Books"],
        ["Pages", "Commands"],
    ];

    private static string Source => Path.Combine(SiteFolders.RepositoryRoot!, "src", "Reader");

    private static readonly Dictionary<string, int> LayerOf = Layers
        .SelectMany((folders, layer) => folders.Select(folder => (folder, layer)))
        .ToDictionary(pair => pair.folder, pair => pair.layer, StringComparer.Ordinal);

    [Fact]
    public void EveryFolderHasItsPlaceInTheLayers()
    {
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj" or "Properties"));

        Assert.All(folders, folder => Assert.True(LayerOf.ContainsKey(folder), $"src/Reader/{folder} is not in FolderDependenciesTests.Layers"));
    }

    [Fact]
    public void EachFolderUsesOnlyTheLayersBelowIt()
    {
        var wrongWay = new List<string>();
        foreach (var (folder, layer) in LayerOf)
        {
            var path = Path.Combine(Source, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories).Where(IsSource))
            {
                foreach (var used in UsedFolders(File.ReadAllText(file)).Where(used => used != folder))
                {
                    if (!LayerOf.TryGetValue(used, out var usedLayer) || usedLayer >= layer)
                    {
                        wrongWay.Add($"{Path.GetRelativePath(Source, file)} uses {used}");
                    }
                }
            }
        }

        Assert.Empty(wrongWay);
    }

    [Theory]
    [InlineData("using Reader.Essays;", "Essays")]
    [InlineData("@using Reader.Site", "Site")]
    [InlineData("var x = Reader.Search.SearchQuery.Parse(q);", "Search")]
    [InlineData("var settings = Reading.ReadingSettings.For(request);", "Reading")]
    [InlineData("var length = response.Content.Headers.ContentLength;", null)]
    [InlineData("essay.Sections.Count", null)]
    [InlineData("await changes.Reader.WaitToReadAsync(token)", null)]
    public void AUseOfAnotherFolderIsFoundInEachWayItIsWritten(string code, string? folder)
    {
        Assert.Equal(folder is null ? [] : [folder], UsedFolders(code));
    }

    private static bool IsSource(string file) =>
        (file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
        && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string[] UsedFolders(string code) =>
        [.. QualifiedUse().Matches(code).Select(match => match.Groups["folder"].Value)
            .Concat(SiblingUse().Matches(code).Select(match => match.Groups["folder"].Value).Where(LayerOf.ContainsKey))
            .Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<![\w.])Reader\.(?<folder>[A-Z]\w*)\b")]
    private static partial Regex QualifiedUse();

    /// <summary>A name such as <c>Reading.ReadingSettings</c>, not preceded by a dot or a word (so not <c>response.Content</c>).</summary>
    [GeneratedRegex(@"(?<![\w.])(?<folder>[A-Z]\w*)\.[A-Z]")]
    private static partial Regex SiblingUse();
}
