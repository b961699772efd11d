using Reader.Essays;

namespace Reader.Content;

/// <summary>
/// The checks of the translations a library links (<c>translationKey:</c>), which only the whole library can
/// make: one version per language, and a key that links the essay to another.
/// </summary>
internal static class TranslationChecks
{
    /// <summary>
    /// The essays to keep: of two with the same key and language, the one whose file comes first, as a reader
    /// can't be sent to either. Every problem found is added to <paramref name="problems"/>.
    /// </summary>
    public static IReadOnlyList<Essay> Check(IEnumerable<Essay> essays, ICollection<ContentProblem> problems)
    {
        var kept = new List<Essay>();
        var byKey = essays
            .OrderBy(essay => essay.SourcePath, StringComparer.Ordinal)
            .GroupBy(essay => essay.Metadata.Translation?.Key, StringComparer.Ordinal);
        foreach (var group in byKey)
        {
            if (group.Key is null)
            {
                kept.AddRange(group);
                continue;
            }

            var versions = new List<Essay>();
            foreach (var essay in group)
            {
                var translation = essay.Metadata.Translation!;
                if (versions.Find(version => string.Equals(version.Language, essay.Language, StringComparison.OrdinalIgnoreCase)) is { } first)
                {
                    problems.Add(ContentProblem.Error(essay.SourcePath,
                        $"the translation key '{translation.Key}' already links {first.SourcePath} in the language '{first.Language}'; give this version its own 'lang', or another key; this essay is left out",
                        translation.Line, translation.Column));
                }
                else
                {
                    versions.Add(essay);
                }
            }

            if (versions is [var only])
            {
                var translation = only.Metadata.Translation!;
                problems.Add(ContentProblem.Warning(only.SourcePath,
                    $"the translation key '{translation.Key}' links no other essay: no other version has it, so no 'Read in' link is shown; check the key's spelling in the translations",
                    translation.Line, translation.Column));
            }

            WarnAboutUnpairedSections(versions, problems);
            kept.AddRange(versions);
        }

        return kept;
    }

    /// <summary>Section pages pair with their translations by number, so a version with fewer sections leaves some pages without one.</summary>
    private static void WarnAboutUnpairedSections(List<Essay> versions, ICollection<ContentProblem> problems)
    {
        var most = versions.Count == 0 ? 0 : versions.Max(version => version.Sections.Count);
        foreach (var version in versions.Where(version => version.Sections.Count < most))
        {
            var longer = versions.First(other => other.Sections.Count == most);
            var translation = version.Metadata.Translation!;
            problems.Add(ContentProblem.Warning(version.SourcePath,
                $"this version has {version.Sections.Count} sections and its '{longer.Language}' version {longer.SourcePath} has {most}; sections pair with their translations by number, so the pages of sections past {version.Sections.Count} link to no version in '{version.Language}'",
                translation.Line, translation.Column));
        }
    }
}
