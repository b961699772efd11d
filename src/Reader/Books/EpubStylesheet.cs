namespace Reader.Books;

/// <summary>
/// The EPUB's own stylesheet: small, since e-readers apply the reader's typeface, size and margins; it only
/// keeps what the text needs (figures within the page, tables readable, notes set apart).
/// </summary>
internal static class EpubStylesheet
{
    public const string Css = """
        body { line-height: 1.5; }
        h1 { font-size: 1.6em; margin: 1em 0 0.75em; }
        h2 { font-size: 1.3em; }
        h3 { font-size: 1.1em; }
        p { margin: 0 0 0.75em; }
        .title-page { text-align: center; margin-top: 20%; }
        .title-page .subtitle { font-size: 1.2em; font-style: italic; }
        .title-page .source { font-size: 0.8em; margin-top: 3em; }
        figure { margin: 1em 0; text-align: center; }
        img { max-width: 100%; height: auto; }
        figcaption { font-size: 0.9em; font-style: italic; }
        blockquote { margin: 1em 1.5em; }
        pre { white-space: pre-wrap; font-size: 0.85em; }
        table { border-collapse: collapse; margin: 1em 0; }
        th, td { border: 1px solid currentColor; padding: 0.2em 0.5em; }
        .footnotes { border-top: 1px solid currentColor; margin-top: 2em; font-size: 0.9em; }
        a.footnote-ref { text-decoration: none; }

        """;
}
