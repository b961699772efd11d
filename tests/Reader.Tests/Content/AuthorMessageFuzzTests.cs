using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Testing;
using Reader.Essays;
using Reader.Store;
using Reader.Content;

namespace Reader.Tests.Content;

/// <summary>
/// Front matter and openings built to break things (long tokens, no spaces, unclosed brackets and quotes, tabs,
/// duplicate keys, deep nesting, control characters, every Unicode category), from fixed seeds: every file is
/// served or gets a message written for its author, and no exception's message is ever the explanation, neither
/// in a problem nor in a log line.
/// </summary>
public sealed class AuthorMessageFuzzTests : IDisposable
{
    private const int Files = 1500;

    /// <summary>What .NET and YamlDotNet say, which an author should never have to read.</summary>
    internal static readonly string[] ExceptionPhrasing =
    [
        "Operation is not valid", "Parameter '", "Specified argument", "Object reference", "Exception", "at Reader.",
        "Index was outside", "Value cannot be null", "Input string was not", "Idx:", "(Line:", "   at ",
    ];

    /// <summary>Some code points of every Unicode category; lone surrogates stand for the Surrogate category.</summary>
    private static readonly string[][] ByCategory = [.. Enumerable.Range(0, 0x110000)
        .Where(codePoint => codePoint is < 0xD800 or > 0xDFFF)
        .GroupBy(CharUnicodeInfo.GetUnicodeCategory)
        .Select(category => category.Where((_, i) => i % Math.Max(1, category.Count() / 200) == 0).Select(char.ConvertFromUtf32).ToArray())
        .Append([.. Enumerable.Range(0xD800, 0x800).Where(i => i % 16 == 0).Select(i => ((char)i).ToString())])];

    private static readonly string[] YamlPieces =
    [
        "[", "]", "{", "}", ",", ":", ": ", "\"", "'", "\t", "  ", "\n", "- ", "#", "&a ", "*a", "!tag ", "|", ">", "?", "%", "@", "`",
        "\\", "\u0000", "\u0085", "\u2028", "\uFEFF", "...", "---",
    ];

    private static readonly string[] Keys = ["title", "subtitle", "author", "date", "updated", "summary", "tags", "slug", "lang", "extra"];

    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string AnyCharacter(Random random) => Pick(random, ByCategory[random.Next(ByCategory.Length)]);

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    private static string Token(Random random) => random.Next(6) switch
    {
        0 => new string('a', random.Next(200, 5000)),
        1 => "https://example.com/" + Repeat("segment/", random.Next(30, 600)),
        2 => Repeat(AnyCharacter(random), random.Next(100, 2000)),
        3 => Repeat(Pick(random, [".", "!", "?", "…", "-", "*", "_", "~", "=", "|", "'", "\""]), random.Next(1, 800)),
        4 => string.Concat(Enumerable.Range(0, random.Next(1, 600)).Select(_ => AnyCharacter(random))),
        _ => string.Concat(Enumerable.Range(0, random.Next(1, 300)).Select(_ => (char)random.Next(0, 0x20))),
    };

    private static string YamlValue(Random random) => random.Next(9) switch
    {
        0 => Token(random),
        1 => "[" + string.Join(", ", Enumerable.Range(0, random.Next(0, 5)).Select(_ => Token(random)).Select(token => token[..Math.Min(20, token.Length)])),
        2 => "{a: " + Token(random),
        3 => "\"" + Token(random),
        4 => "'" + Token(random),
        5 => Repeat(Pick(random, ["[", "{", "- ", "[{", "{a: ["]), random.Next(10, 3000)),
        6 => "\t" + Token(random),
        7 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pick(random, YamlPieces))),
        _ => "2024-01-01",
    };

    private static string FrontMatter(Random random)
    {
        var lines = Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(4) switch
        {
            0 => $"{Pick(random, Keys)}: {YamlValue(random)}",
            1 => $"{Pick(random, Keys)}:\n  - {YamlValue(random)}\n{(random.Next(2) == 0 ? "\t" : " ")}- {YamlValue(random)}",
            2 => $"{Pick(random, Keys)}: ok\n{Pick(random, Keys)}: again",
            _ => string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => random.Next(3) == 0 ? AnyCharacter(random) : Pick(random, YamlPieces))),
        });
        return $"---\n{string.Join('\n', lines)}\n---\n";
    }

    private static string Opening(Random random) => random.Next(8) switch
    {
        0 => $"# Title\n\n{Token(random)}",
        1 => $"# Title\n\n{string.Join(' ', Enumerable.Range(0, random.Next(50, 400)).Select(_ => "word"))}",
        2 => $"# {Token(random)}",
        3 => "",
        4 => $"{Token(random)}\n\n## {Token(random)}\n\n{Token(random)}",
        5 => $"# Title\n\n{Repeat(Pick(random, [">", "- ", "[", "*", "1. ", "> - "]), random.Next(50, 3000))}x",
        6 => $"# Title\n\n{string.Concat(Enumerable.Range(0, random.Next(1, 2000)).Select(_ => AnyCharacter(random)))}",
        _ => $"# Title\n\n{Token(random)} {Token(random)}",
    };

    private static string Generate(int number, Random random) => (number % 4) switch
    {
        0 => FrontMatter(random) + "# Title\n\nSome text. More.\n",
        1 => Opening(random),
        2 => FrontMatter(random),
        _ => FrontMatter(random) + Opening(random),
    };

    [Fact]
    public void EveryBrokenFrontMatterOrOpeningIsServedOrReportedInWordsWrittenForItsAuthor()
    {
        var random = new Random(20261201);
        for (var number = 0; number < Files; number++)
        {
            // Lone surrogates are written as U+FFFD, as a lenient editor would save them.
            content.Write($"fuzz-{number:D4}.md", Generate(number, random), new UTF8Encoding(false));
        }

        var logger = new FakeLogger<LibraryLoader>();

        var load = Loaders.For(content.FullName, logger).Load();

        Assert.Equal(Files, load.FileCount);
        var served = load.Library.Essays.Select(essay => essay.SourcePath).ToHashSet();
        var reported = load.Problems.Where(problem => problem.IsError).Select(problem => problem.Path).ToHashSet();
        Assert.All(Directory.GetFiles(content.FullName), path => Assert.True(served.Contains(path) ^ reported.Contains(path), $"{path} is neither served nor reported"));
        Assert.All(load.Problems, problem => Assert.DoesNotContain(ExceptionPhrasing, phrase => problem.Message.Contains(phrase, StringComparison.Ordinal)));
        Assert.All(load.Problems, problem => Assert.Null(problem.Fault));
        var logged = logger.Collector.GetSnapshot();
        Assert.All(logged, record => Assert.DoesNotContain(ExceptionPhrasing, phrase => record.Message.Contains(phrase, StringComparison.Ordinal)));
        Assert.All(logged, record => Assert.True(record.Exception is null || !record.Message.Contains(record.Exception.Message, StringComparison.Ordinal), record.Message));
        Assert.Contains(load.Problems, problem => problem.Message.StartsWith("the front matter is not valid YAML: ", StringComparison.Ordinal));
        Assert.Contains(load.Problems, problem => problem.Message.StartsWith("the front matter nests lists or mappings", StringComparison.Ordinal));
        Assert.Contains(load.Problems, problem => problem.Message == LibraryBuilder.TooDeep);
        Assert.Contains(load.Library.Essays, essay => essay.Summary.EndsWith('…') && !essay.Summary.Contains(' ', StringComparison.Ordinal));
    }
}
