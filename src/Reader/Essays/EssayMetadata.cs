using Reader.Essays.Figures;

namespace Reader.Essays;

/// <summary>
/// What an essay says about itself, from its front matter with fallbacks already applied: a title and a summary
/// always exist; authors (possibly none) and dates only when someone gave them.
/// </summary>
/// <param name="Modified">When the essay last changed: its <c>updated</c> or <c>date</c>, else its files' time.</param>
/// <param name="Series">The series the essay is a part of, from its <c>series:</c> and <c>part:</c>; null for most essays.</param>
/// <param name="Translation">The front matter's <c>translationKey:</c>, which every language version of one essay shares; null for an essay with no translations.</param>
/// <param name="Cover">The image the front matter's <c>image:</c> names, with its <c>image_alt:</c>; null without one or when it can't be shown.</param>
internal sealed record EssayMetadata(
    string Title,
    string? Subtitle,
    IReadOnlyList<Author> Authors,
    DateOnly? Date,
    DateOnly? Updated,
    string Summary,
    IReadOnlyList<Tag> Tags,
    string Language,
    bool Draft,
    DateTimeOffset Modified,
    FigureUse? Cover = null,
    SeriesMembership? Series = null,
    TranslationKey? Translation = null);

/// <summary>A tag as the author wrote it and as it appears in addresses (<c>/tags/{slug}</c>).</summary>
internal sealed record Tag(string Name, string Slug);

/// <summary>The <c>translationKey:</c> of the front matter as written, and where, so checks can point at it.</summary>
internal sealed record TranslationKey(string Key, int Line, int Column);
