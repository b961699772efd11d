using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;
using Markdig.Helpers;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace Reader.Essays;

/// <summary>
/// The optional YAML block at the top of an essay, as the author wrote it: every value may be missing. Problems
/// are reported at their line and column in the Markdown file, not in the YAML text.
/// </summary>
internal sealed partial record FrontMatter(
    string? Title = null,
    string? Subtitle = null,
    IReadOnlyList<Author>? Authors = null,
    DateOnly? Date = null,
    DateOnly? Updated = null,
    string? Summary = null,
    IReadOnlyList<Tag>? Tags = null,
    string? Slug = null,
    string? Language = null,
    bool Draft = false,
    FrontMatterImage? Image = null,
    string? ImageAlt = null,
    string? Series = null,
    FrontMatterPart? Part = null,
    TranslationKey? TranslationKey = null)
{
    public static readonly FrontMatter None = new();

    private static readonly string[] Keys = ["title", "subtitle", "author", "authors", "date", "updated", "summary", "tags", "slug", "lang", "draft", "image", "image_alt", "series", "part", "translationKey"];

    public static FrontMatter Read(MarkdownDocument document, string path, ICollection<ContentProblem> problems)
    {
        if (document.OfType<YamlFrontMatterBlock>().FirstOrDefault() is not { } block)
        {
            // Markdig only takes '---' for front matter once it is closed; otherwise it is a rule and the YAML is text.
            if (document.FirstOrDefault() is ThematicBreakBlock { Line: 0, ThematicChar: '-' })
            {
                problems.Add(ContentProblem.Warning(path, "the file starts with '---' but no '---' line closes the front matter; it is read as text"));
            }

            return None;
        }

        // Markdig's lines are 0-based and the YAML starts on the line after the opening '---'.
        var lineOffset = block.Line + 1;
        if (FrontMatterYaml.Load(block.Lines.ToString(), path, lineOffset, problems) is not { } stream)
        {
            return None;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return None;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            problems.Add(ContentProblem.Error(path, "the front matter must be 'key: value' lines, such as 'title: My essay'", lineOffset + 1));
            return None;
        }

        var reader = new ValueReader(path, lineOffset, problems);
        var frontMatter = None;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } name } ? name : keyNode.ToString();
            frontMatter = key switch
            {
                "title" => frontMatter with { Title = reader.Text(key, value) },
                "subtitle" => frontMatter with { Subtitle = reader.Text(key, value) },
                "author" or "authors" => frontMatter with { Authors = reader.Authors(key, value, frontMatter.Authors) },
                "date" => frontMatter with { Date = reader.Date(key, value) },
                "updated" => frontMatter with { Updated = reader.Date(key, value) },
                "summary" => frontMatter with { Summary = reader.Text(key, value) },
                "tags" => frontMatter with { Tags = reader.Tags(key, value) },
                "slug" => frontMatter with { Slug = reader.Matching(key, value, SlugPattern(), "lowercase letters, digits and hyphens, such as 'my-essay'") },
                "lang" => frontMatter with { Language = reader.Matching(key, value, LanguageTag.Pattern(), LanguageTag.Example) },
                "draft" => frontMatter with { Draft = reader.Boolean(key, value) },
                "image" => frontMatter with { Image = reader.Image(key, value) },
                "image_alt" => frontMatter with { ImageAlt = reader.Text(key, value) },
                "series" => frontMatter with { Series = reader.Text(key, value) },
                "part" => frontMatter with { Part = reader.Part(key, value) },
                "translationKey" => frontMatter with { TranslationKey = reader.TranslationKey(key, value) },
                _ => reader.Unknown(key, keyNode, frontMatter),
            };
        }

        if (frontMatter is { Image: null, ImageAlt: not null })
        {
            var alt = mapping.Children.First(pair => pair.Key is YamlScalarNode { Value: "image_alt" }).Key;
            problems.Add(ContentProblem.Warning(path, "'image_alt' describes the cover, but no 'image' names one; it is ignored", (int)alt.Start.Line + lineOffset, (int)alt.Start.Column));
        }

        return SeriesChecked(frontMatter, mapping, path, lineOffset, problems);
    }

    /// <summary>A series needs both its name and the essay's part number; either alone is reported and ignored.</summary>
    private static FrontMatter SeriesChecked(FrontMatter frontMatter, YamlMappingNode mapping, string path, int lineOffset, ICollection<ContentProblem> problems)
    {
        void Warn(string key, string message)
        {
            var node = mapping.Children.First(pair => pair.Key is YamlScalarNode { Value: var name } && name == key).Key;
            problems.Add(ContentProblem.Warning(path, message, (int)node.Start.Line + lineOffset, (int)node.Start.Column));
        }

        switch (frontMatter)
        {
            case { Series: { } name, Part: null } when !mapping.Children.Any(pair => pair.Key is YamlScalarNode { Value: "part" }):
                Warn("series", $"the essay names the series '{name}' but gives no 'part:' number (such as 'part: 1'); it is not shown as part of the series");
                return frontMatter with { Series = null };
            case { Series: { } name } when TagSlug(name).Length == 0:
                Warn("series", $"the series '{name}' has no letters or digits to make an address from; the essay is not shown as part of a series");
                return frontMatter with { Series = null, Part = null };
            case { Series: null, Part: not null }:
                Warn("part", "'part' numbers the essay within a series, but no 'series:' names one; it is ignored");
                return frontMatter with { Part = null };
            default:
                return frontMatter with { Series = frontMatter.Part is null ? null : frontMatter.Series };
        }
    }

    public static string TagSlug(string name)
    {
        var ascii = LinkHelper.Urilize(name, allowOnlyAscii: true);
        return ascii.Length > 0 ? ascii : LinkHelper.Urilize(name, allowOnlyAscii: false);
    }

    /// <summary>Reads typed values out of YAML nodes, reporting each wrong one with its key and position.</summary>
    private sealed class ValueReader(string path, int lineOffset, ICollection<ContentProblem> problems)
    {
        public string? Text(string key, YamlNode node)
        {
            if (node is YamlScalarNode scalar)
            {
                return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            }

            return Wrong(key, node, "must be text");
        }

        public string? Matching(string key, YamlNode node, Regex pattern, string expected)
        {
            var text = Text(key, node);
            return text is not null && !pattern.IsMatch(text) ? Wrong(key, node, $"must be {expected}, not '{text}'") : text;
        }

        public DateOnly? Date(string key, YamlNode node)
        {
            if (Text(key, node) is not { } text)
            {
                return null;
            }

            // A date and time (2024-05-01T09:30:00+02:00) counts as the day the author wrote, in their time zone.
            var day = text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text[..10] : text;
            if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Wrong(key, node, $"must be a date such as 2024-05-01, not '{text}'");
            return null;
        }

        /// <summary>
        /// One name, a list of them, or a mapping for an organisation (<c>organization: …</c>) or a person in
        /// parts (<c>family: …</c>, <c>given: …</c>, <c>particle: …</c>, <c>suffix: …</c>).
        /// </summary>
        public IReadOnlyList<Author>? Authors(string key, YamlNode node, IReadOnlyList<Author>? earlier)
        {
            if (earlier is not null)
            {
                return Wrong<IReadOnlyList<Author>>(key, node, "repeats the authors already given; list every author under one of 'author' or 'authors'");
            }

            var authors = new List<Author>();
            foreach (var item in node is YamlSequenceNode sequence ? sequence.Children : [node])
            {
                switch (item)
                {
                    case YamlScalarNode scalar:
                        var (names, problem) = AuthorNames.ParseList(scalar.Value);
                        if (problem is not null)
                        {
                            return Wrong<IReadOnlyList<Author>>(key, item, problem);
                        }

                        authors.AddRange(names);
                        break;
                    case YamlMappingNode mapping when AuthorInParts(key, mapping) is { } author:
                        authors.Add(author);
                        break;
                    case YamlMappingNode:
                        return null;
                    default:
                        return Wrong<IReadOnlyList<Author>>(key, item, $"must be a name, such as {AuthorNames.Forms}, or a list of names");
                }
            }

            return authors.Count == 0 ? null : authors;
        }

        private Author? AuthorInParts(string key, YamlMappingNode mapping)
        {
            var parts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (partKey, partValue) in mapping.Children)
            {
                var part = partKey is YamlScalarNode { Value: { } name } ? name : partKey.ToString();
                if (part is not ("organization" or "family" or "given" or "particle" or "suffix"))
                {
                    return Wrong<Author>(key, partKey, $"names an author with unknown key '{part}'; write 'organization: World Health Organization' or 'family: Quill' with 'given: Mara'");
                }

                if (Text(key, partValue) is { } text)
                {
                    parts[part] = text;
                }
                else if (partValue is not YamlScalarNode)
                {
                    return null;
                }
            }

            if (parts.TryGetValue("organization", out var organization))
            {
                return parts.Count == 1 ? Author.Organization(organization) : Wrong<Author>(key, mapping, "names an organisation with 'organization' alone, without family or given names");
            }

            return parts.TryGetValue("family", out var family)
                ? new Author(family, parts.GetValueOrDefault("given"), parts.GetValueOrDefault("particle"), parts.GetValueOrDefault("suffix"))
                : Wrong<Author>(key, mapping, "names a person without a 'family' name; write 'family: Quill' with 'given: Mara', or 'organization: …' for an organisation");
        }

        /// <summary>The cover's path as written, with where it was written, for the figure resolver's messages.</summary>
        public FrontMatterImage? Image(string key, YamlNode node) =>
            Text(key, node) is { } written ? new FrontMatterImage(written, Line(node), Column(node)) : null;

        public FrontMatterPart? Part(string key, YamlNode node)
        {
            if (Text(key, node) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                return new FrontMatterPart(number, Line(node), Column(node));
            }

            return Wrong<FrontMatterPart>(key, node, $"must be a whole number from 1, such as 'part: 2', not '{text}'");
        }

        /// <summary>The key as written, with where it was written, for the library's checks of the translations it links.</summary>
        public TranslationKey? TranslationKey(string key, YamlNode node) =>
            Text(key, node) is { } written ? new TranslationKey(written, Line(node), Column(node)) : null;

        public bool Boolean(string key, YamlNode node)
        {
            if (node is YamlScalarNode { Value: { } text } && bool.TryParse(text, out var value))
            {
                return value;
            }

            Wrong(key, node, "must be true or false");
            return false;
        }

        public IReadOnlyList<Tag>? Tags(string key, YamlNode node)
        {
            IEnumerable<YamlNode> items = node switch
            {
                YamlSequenceNode sequence => sequence.Children,
                YamlScalarNode => [node],
                _ => [],
            };
            if (node is YamlMappingNode || items.Any(item => item is not YamlScalarNode))
            {
                return Wrong<IReadOnlyList<Tag>>(key, node, "must be a list of tags, such as [history, travel]");
            }

            var tags = new List<Tag>();
            foreach (var item in items)
            {
                if (Text(key, item) is not { } name)
                {
                    continue;
                }

                var slug = TagSlug(name);
                if (slug.Length == 0)
                {
                    problems.Add(ContentProblem.Warning(path, $"the tag '{name}' has no letters or digits to make an address from; it is left out", Line(item), Column(item)));
                }
                else if (!tags.Exists(tag => tag.Slug == slug))
                {
                    tags.Add(new Tag(name, slug));
                }
            }

            return tags;
        }

        public FrontMatter Unknown(string key, YamlNode node, FrontMatter frontMatter)
        {
            problems.Add(ContentProblem.Warning(path, $"unknown front matter key '{key}' is ignored (known keys: {string.Join(", ", Keys)})", Line(node), Column(node)));
            return frontMatter;
        }

        private T? Wrong<T>(string key, YamlNode node, string problem) where T : class
        {
            problems.Add(ContentProblem.Error(path, $"the front matter value of '{key}' {problem}", Line(node), Column(node)));
            return null;
        }

        private string? Wrong(string key, YamlNode node, string problem) => Wrong<string>(key, node, problem);

        private int Line(YamlNode node) => (int)node.Start.Line + lineOffset;

        private static int Column(YamlNode node) => (int)node.Start.Column;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}

/// <summary>The <c>image:</c> of the front matter, the essay's cover: a path to an image, resolved like one in the Markdown.</summary>
internal sealed record FrontMatterImage(string Path, int Line, int Column);

/// <summary>The <c>part:</c> of the front matter, with where it was written, for the series checks' messages.</summary>
internal sealed record FrontMatterPart(int Number, int Line, int Column);
