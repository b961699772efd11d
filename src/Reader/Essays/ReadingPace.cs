using System.Globalization;

namespace Reader.Essays;

/// <summary>What a reader's progress through a text is counted in.</summary>
internal enum ReadingUnit
{
    Words,
    Characters,
}

/// <summary>
/// How fast a language is read, in the unit its script is read in. Chinese and Japanese are written without
/// spaces between words, so counting words would count whole sentences: they are measured in characters.
/// Korean puts spaces between words (eojeol) and is counted by words like every other language.
/// </summary>
/// <remarks>
/// Rates: 230 words a minute, near the 238 of Brysbaert's meta-analysis of silent reading in English
/// ("How many words do we read per minute?", Journal of Memory and Language, 2019, doi:10.1016/j.jml.2019.104047);
/// 500 characters a minute for Chinese and 400 for Japanese, the adult silent-reading rates commonly given for
/// those scripts (Japanese guides give 400 to 600 字 a minute). IReST (Trauzettel-Klosinski and Dietz, 2012,
/// doi:10.1167/iovs.11-8284), read aloud, puts the same passage faster in Chinese than in English and slower in
/// Japanese, the order these rates keep.
/// </remarks>
internal sealed record ReadingPace(ReadingUnit Unit, int PerMinute)
{
    public static readonly ReadingPace Words = new(ReadingUnit.Words, 230);

    public static readonly ReadingPace Chinese = new(ReadingUnit.Characters, 500);

    public static readonly ReadingPace Japanese = new(ReadingUnit.Characters, 400);

    public static ReadingPace For(string languageTag) => LanguageTag.Primary(languageTag) switch
    {
        "zh" or "yue" => Chinese,
        "ja" => Japanese,
        _ => Words,
    };

    /// <summary>How long a text is in this pace's unit: its words, or its letters and digits (not spaces or punctuation).</summary>
    public int Measure(string plainText) => Unit == ReadingUnit.Words ? Prose.CountWords(plainText) : CountCharacters(plainText);

    /// <summary>Whole minutes, rounded up, and never less than one.</summary>
    public int Minutes(int length) => Math.Max(1, (length + PerMinute - 1) / PerMinute);

    /// <summary>Characters as a reader sees them (a base letter with its marks counts once).</summary>
    private static int CountCharacters(string text)
    {
        var count = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(text, elements.ElementIndex);
            if (category is <= UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
            {
                count++;
            }
        }

        return count;
    }
}
