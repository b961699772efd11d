using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Reader.Essays;

/// <summary>
/// Loads the YAML of a front matter block, or reports why it can't be read in YAML's own words, at the line and
/// column of the Markdown file YAML points to, with what to change.
/// </summary>
internal static partial class FrontMatterYaml
{
    /// <summary>
    /// Front matter needs two levels (a list of tags in the mapping), and YamlDotNet builds nodes recursively:
    /// a few thousand open brackets would overflow the stack and take the whole process down with it.
    /// </summary>
    public const int MaxDepth = 64;

    private const string Invalid = "the front matter is not valid YAML";

    /// <summary>The loaded YAML, or null when a problem was added.</summary>
    /// <param name="lineOffset">How many lines of the Markdown file come before the YAML's first line.</param>
    public static YamlStream? Load(string yaml, string path, int lineOffset, ICollection<ContentProblem> problems)
    {
        var stream = new YamlStream();
        try
        {
            // One pass when the YAML is sound, which it nearly always is: checking it first, event by event,
            // then loading it parsed every front matter twice, a tenth of an essay's load.
            stream.Load(new ShallowParser(new Parser(new StringReader(yaml))));
            return stream;
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
            // The parser's events were well formed when the check finds nothing: loading them finds duplicate
            // keys and unknown aliases.
            var problem = Check(yaml, lineOffset)
                ?? (exception is YamlException loading ? Describe(loading, [], lineOffset) : new YamlProblem($"{Invalid}; check its brackets and quotes", 1, 1));
            problems.Add(ContentProblem.Error(path, problem.Message, problem.Line + lineOffset, problem.Column));
            return null;
        }
    }

    /// <summary>
    /// YamlDotNet's parser, stopped at the first list or mapping nested past <see cref="MaxDepth"/>, before the
    /// loader's recursion reaches it; <see cref="Check"/> then says where.
    /// </summary>
    private sealed class ShallowParser(IParser parser) : IParser
    {
        private int depth;

        public ParsingEvent? Current => parser.Current;

        public bool MoveNext()
        {
            if (!parser.MoveNext())
            {
                return false;
            }

            switch (parser.Current)
            {
                case SequenceStart or MappingStart when ++depth > MaxDepth:
                    throw new YamlException(parser.Current.Start, parser.Current.End, "the front matter nests too deeply");
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
            }

            return true;
        }
    }

    /// <summary>A problem at a line and column of the YAML text (from 1).</summary>
    private sealed record YamlProblem(string Message, int Line, int Column);

    /// <summary>Runs YamlDotNet's parser over the text, event by event, which does not recurse.</summary>
    private static YamlProblem? Check(string yaml, int lineOffset)
    {
        var text = yaml;
        for (var attempt = 0; ; attempt++)
        {
            if (Parse(text, lineOffset) is not { } failedAt)
            {
                return null;
            }

            if (failedAt.Problem is { } problem)
            {
                return problem;
            }

            // YamlDotNet's scanner throws a bare InvalidOperationException, with no message or position, when a
            // list or mapping in brackets goes on to a line indented less than it should be: usually the next key,
            // after a missing ']' or '}'. The text before that line is then broken the same way, and YAML can say
            // how and where.
            var lineStart = LineStart(text, Line(failedAt.Position));
            if (attempt == 2 || lineStart == 0 || lineStart >= text.Length)
            {
                return new YamlProblem($"{Invalid} here; check the brackets and quotes on this line and the one before", Line(failedAt.Position), Column(failedAt.Position));
            }

            text = text[..lineStart];
        }
    }

    /// <summary>Null when the text parses; otherwise what YAML said, or where its scanner gave up without saying.</summary>
    private static (YamlProblem? Problem, Mark Position)? Parse(string yaml, int lineOffset)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var parser = new Parser(scanner);
        var open = new Stack<NodeEvent>();
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart:
                        var collection = (NodeEvent)parser.Current;
                        open.Push(collection);
                        if (open.Count > MaxDepth)
                        {
                            return (new YamlProblem(
                                $"the front matter nests lists or mappings more than {MaxDepth} levels deep; its keys need at most two (a list of tags), so remove the nesting that starts here",
                                Line(collection.Start), Column(collection.Start)), collection.Start);
                        }

                        break;
                    case SequenceEnd or MappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }

            return null;
        }
        catch (YamlException exception)
        {
            return (Describe(exception, open, lineOffset), exception.Start);
        }
        catch (InvalidOperationException)
        {
            return (null, scanner.CurrentPosition);
        }
    }

    private static YamlProblem Describe(YamlException exception, Stack<NodeEvent> open, int lineOffset)
    {
        var description = Sentence(exception.Message);
        var flow = open.FirstOrDefault(collection => collection is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow });
        var opened = flow is null ? "" : $" that opens on line {Line(flow.Start) + lineOffset}, column {Column(flow.Start)}";
        var hint = exception.Message switch
        {
            _ when exception.Message.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) =>
                $"close the list{opened} with ']' and separate its items with ','",
            _ when exception.Message.Contains("flow mapping", StringComparison.OrdinalIgnoreCase) =>
                $"close the mapping{opened} with '}}' and separate its entries with ','",
            _ when exception.Message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) =>
                "end the quoted value with the quote mark it starts with, on the same line",
            _ when exception.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) =>
                "indent with spaces: YAML does not allow tabs there",
            _ when exception.Message.StartsWith("Duplicate key", StringComparison.OrdinalIgnoreCase) =>
                "give each key only once",
            _ when exception.Message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
                || exception.Message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase) =>
                "start each key at the beginning of its own line, and put a value that holds ': ' in quotes, such as title: \"Part one: the start\"",
            _ => flow is null ? "check the brackets, quotes and indentation on this line" : $"check the brackets and quotes of the list or mapping{opened}",
        };
        return new YamlProblem($"{Invalid}: {description}; {hint}", Line(exception.Start), Column(exception.Start));
    }

    /// <summary>YAML's description alone: without the positions some messages start with, as a clause.</summary>
    internal static string Sentence(string message)
    {
        var text = Positions().Replace(message, "").Trim().TrimEnd('.');
        return text.Length == 0 ? "YAML gave no reason" : char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static int LineStart(string text, int line)
    {
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                return text.Length;
            }

            start = end + 1;
        }

        return start;
    }

    private static int Line(Mark mark) => (int)Math.Max(1, mark.Line);

    private static int Column(Mark mark) => (int)Math.Max(1, mark.Column);

    [GeneratedRegex(@"^\s*(?:\(Line: \d+, Col: \d+, Idx: \d+\)(?: - \(Line: \d+, Col: \d+, Idx: \d+\))?:?\s*)+")]
    private static partial Regex Positions();
}
