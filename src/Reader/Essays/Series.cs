namespace Reader.Essays;

/// <summary>An essay's place in a series, as its front matter declares it (<c>series:</c> and <c>part:</c>).</summary>
/// <param name="Slug">The series' address (<c>/series/{slug}</c>), made from its name the way tag addresses are.</param>
internal sealed record SeriesMembership(string Name, string Slug, int Part);

/// <summary>
/// The published essays that declare one series, in the order of their <c>part:</c> numbers. Readers see
/// positions in this list ('Part 2 of 3'), so a draft left out or a missing number never shows as a gap.
/// </summary>
internal sealed record Series(string Name, string Slug, IReadOnlyList<Essay> Parts)
{
    public DateTimeOffset Modified { get; } = Parts.Max(part => part.Metadata.Modified);

    public int ReadingMinutes { get; } = Parts.Sum(part => part.ReadingMinutes);

    /// <summary>Where the essay stands in the series, or null when it is not one of its parts.</summary>
    public SeriesPosition? PositionOf(Essay essay)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (ReferenceEquals(Parts[i], essay))
            {
                return new SeriesPosition(this, i + 1);
            }
        }

        return null;
    }

    /// <summary>The series of the library's published essays that declare one, each ordered by part number, then by slug.</summary>
    public static IReadOnlyList<Series> Of(IEnumerable<Essay> essays) => [.. essays
        .Where(essay => essay.Metadata is { Series: not null, Draft: false })
        .GroupBy(essay => essay.Metadata.Series!.Slug, StringComparer.Ordinal)
        .Select(group =>
        {
            var parts = group.OrderBy(essay => essay.Metadata.Series!.Part).ThenBy(essay => essay.Slug, StringComparer.Ordinal).ToArray();
            return new Series(parts[0].Metadata.Series!.Name, group.Key, parts);
        })
        .OrderBy(series => series.Name, StringComparer.CurrentCultureIgnoreCase)];
}

/// <summary>One part's place in its series: 'Part <see cref="Number"/> of <see cref="Count"/>', with its neighbours.</summary>
internal sealed record SeriesPosition(Series Series, int Number)
{
    public int Count => Series.Parts.Count;

    public Essay Essay => Series.Parts[Number - 1];

    public Essay? Previous => Number > 1 ? Series.Parts[Number - 2] : null;

    public Essay? Next => Number < Count ? Series.Parts[Number] : null;
}
