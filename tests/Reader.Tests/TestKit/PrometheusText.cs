using System.Globalization;
using System.Text;

namespace Reader.Tests;

/// <summary>One sample of a scrape: a series name, its labels and its value.</summary>
public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public bool Has(IEnumerable<(string Label, string Value)> labels) =>
        labels.All(label => Labels.TryGetValue(label.Label, out var value) && value == label.Value);
}

/// <summary>
/// A scrape in the Prometheus text exposition format (version 0.0.4), parsed line by line as a Prometheus server
/// reads it: <c># HELP</c> and <c># TYPE</c> lines, then <c>name{label="value",…} value [timestamp]</c>, with
/// <c>\\</c>, <c>\"</c> and <c>\n</c> escaped in label values. Anything else is an error, not skipped.
/// </summary>
public sealed class PrometheusText
{
    private PrometheusText(IReadOnlyList<Sample> samples, IReadOnlyDictionary<string, string> types)
    {
        Samples = samples;
        Types = types;
    }

    public IReadOnlyList<Sample> Samples { get; }

    /// <summary>The <c># TYPE</c> of each metric family: counter, gauge, histogram…</summary>
    public IReadOnlyDictionary<string, string> Types { get; }

    public static PrometheusText Parse(string text)
    {
        var samples = new List<Sample>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                var words = line.Split(' ', 4);
                if (words is ["#", "TYPE", var family, var type])
                {
                    types[family] = type;
                }

                continue;
            }

            samples.Add(ParseSample(line, number));
        }

        return new PrometheusText(samples, types);
    }

    /// <summary>The samples of a series that carry at least the given labels.</summary>
    public IReadOnlyList<Sample> Series(string name, params (string Label, string Value)[] labels) =>
        [.. Samples.Where(sample => sample.Name == name && sample.Has(labels))];

    /// <summary>The one sample of a series with the given labels; fails if there are none or several.</summary>
    public double Value(string name, params (string Label, string Value)[] labels) => Assert.Single(Series(name, labels)).Value;

    /// <summary>The sum over every sample of a series with the given labels; 0 when there is none.</summary>
    public double Sum(string name, params (string Label, string Value)[] labels) => Series(name, labels).Sum(sample => sample.Value);

    private static Sample ParseSample(string line, int number)
    {
        var position = 0;
        while (position < line.Length && line[position] is not ('{' or ' '))
        {
            position++;
        }

        var name = line[..position];
        if (!IsName(name))
        {
            throw new FormatException($"Line {number}: '{name}' is not a metric name.");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (position < line.Length && line[position] == '{')
        {
            position++;
            while (line[position] != '}')
            {
                var equals = line.IndexOf('=', position);
                var label = line[position..equals];
                if (!IsName(label) || line[equals + 1] != '"')
                {
                    throw new FormatException($"Line {number}: bad label at column {position + 1}.");
                }

                position = equals + 2;
                var value = new StringBuilder();
                while (line[position] != '"')
                {
                    if (line[position] == '\\')
                    {
                        position++;
                        value.Append(line[position] switch
                        {
                            'n' => '\n',
                            '\\' => '\\',
                            '"' => '"',
                            var other => throw new FormatException($"Line {number}: unknown escape \\{other}."),
                        });
                    }
                    else
                    {
                        value.Append(line[position]);
                    }

                    position++;
                }

                labels.Add(label, value.ToString());
                position++;
                if (line[position] == ',')
                {
                    position++;
                }
            }

            position++;
        }

        var rest = line[position..].Trim().Split(' ');
        if (rest.Length is not (1 or 2))
        {
            throw new FormatException($"Line {number}: expected a value and at most a timestamp after the labels.");
        }

        return new Sample(name, labels, ParseValue(rest[0], number));
    }

    private static double ParseValue(string text, int number) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw new FormatException($"Line {number}: '{text}' is not a number."),
    };

    private static bool IsName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':');
}
