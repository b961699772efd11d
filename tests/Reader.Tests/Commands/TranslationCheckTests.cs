using Reader.Commands;

namespace Reader.Tests.Commands;

/// <summary>What check says about translation keys: a key no other essay shares, and two versions in one language.</summary>
public sealed class TranslationCheckTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private (int ExitCode, string[] Lines) Check()
    {
        using var output = new StringWriter();
        var exitCode = CheckCommand.Run([content.FullName], output);
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TranslationsSharingAKeyPassTheCheck()
    {
        content.Write("tides.md", "---\nlang: en\ntranslationKey: tides\n---\n# Tides\n\nText.");
        content.Write("marees.md", "---\nlang: fr\ntranslationKey: tides\n---\n# Marées\n\nTexte.");

        var (exitCode, lines) = Check();

        Assert.Equal(0, exitCode);
        Assert.Equal(["0 errors, 0 warnings in 2 files"], lines);
    }

    [Fact]
    public void AKeyNoOtherEssayHasIsWarnedAboutAtItsLine()
    {
        content.Write("tides.md", "---\nlang: en\ntranslationKey: tides\n---\n# Tides\n\nText.");
        content.Write("marees.md", "---\nlang: fr\ntranslationKey: tide\n---\n# Marées\n\nTexte.");

        var (exitCode, lines) = Check();

        Assert.Equal(0, exitCode);
        Assert.Equal(
            [
                $"{content.PathOf("marees.md")}:3:17: warning: the translation key 'tide' links no other essay: no other version has it, so no 'Read in' link is shown; check the key's spelling in the translations",
                $"{content.PathOf("tides.md")}:3:17: warning: the translation key 'tides' links no other essay: no other version has it, so no 'Read in' link is shown; check the key's spelling in the translations",
                "0 errors, 2 warnings in 2 files",
            ],
            lines);
    }

    [Fact]
    public void TwoVersionsInOneLanguageAreAnErrorAndTheSecondIsLeftOut()
    {
        content.Write("a-tides.md", "---\nlang: en\ntranslationKey: tides\n---\n# Tides\n\nText.");
        content.Write("b-tides-again.md", "---\nlang: EN\ntranslationKey: tides\n---\n# Tides again\n\nText.");
        content.Write("marees.md", "---\nlang: fr\ntranslationKey: tides\n---\n# Marées\n\nTexte.");

        var (exitCode, lines) = Check();

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                $"{content.PathOf("b-tides-again.md")}:3:17: error: the translation key 'tides' already links {content.PathOf("a-tides.md")} in the language 'en'; give this version its own 'lang', or another key; this essay is left out",
                "1 error, 0 warnings in 3 files",
            ],
            lines);
    }

    [Fact]
    public void AVersionWithFewerSectionsIsWarnedThatItsSectionsPairByNumber()
    {
        content.Write("tides.md", "---\nlang: en\ntranslationKey: tides\n---\n# Tides\n\nText.\n\n## Ebb\n\nOut.\n\n## Flow\n\nIn.");
        content.Write("marees.md", "---\nlang: fr\ntranslationKey: tides\n---\n# Marées\n\nTexte.\n\n## Reflux\n\nDehors.");

        var (_, lines) = Check();

        Assert.Equal(
            [
                $"{content.PathOf("marees.md")}:3:17: warning: this version has 2 sections and its 'en' version {content.PathOf("tides.md")} has 3; sections pair with their translations by number, so the pages of sections past 2 link to no version in 'fr'",
                "0 errors, 1 warning in 2 files",
            ],
            lines);
    }
}
