using Reader.Commands;

namespace Reader.Tests.Figures;

public sealed class FigureCheckTests
{
    [Fact]
    public void CheckPrintsEveryImageThatCannotBeShownAtItsPlaceAndFailsOnTheErrors()
    {
        // check shows paths under the working folder relative to it, as an editor opened there wants them.
        var broken = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(FigurePagesTests.ContentPath, "broken.md"));
        using var output = new StringWriter();

        var exitCode = CheckCommand.Run([FigurePagesTests.ContentPath], output);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                $"{broken}:3:1: error: the image missing.png is not there: there is no missing.png, nor _figures/missing.png in the shared _figures folder",
                $"{broken}:5:1: error: the image ../../../../../../etc/passwd leads outside the content folder; only images inside it are shown",
                $"{broken}:7:1: warning: the image https://example.com/photo.jpg is on another site and is not shown: the site's Content-Security-Policy allows images only from the site itself (so readers are not tracked by other sites); save the image in the content folder and write its path relative to this file",
                $"{broken}:9:1: error: the image fake.png is not an image Reader can show (JPEG, PNG, GIF, WebP, AVIF or SVG, whatever its name says)",
                $"{broken}:11:1: warning: the image harbour/harbour.png has no alternative text for readers who can't see it; describe it between the brackets, or write ![decorative](harbour/harbour.png) if it is only decoration",
                "3 errors, 2 warnings in 2 files",
            ],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
