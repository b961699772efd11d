using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using NetVips;
using Reader.Essays.Figures;

namespace Reader.Tests.Figures;

/// <summary>The resized copies of the figures fixture's wide images (harbour/02-photos.md: a 1300-px JPEG photo and a 1200-px PNG chart).</summary>
[Collection(AppCollection.Name)]
public sealed class FigureVariantPagesTests : IDisposable
{
    private readonly ReaderApp app = new(FigurePagesTests.ContentPath, "Production");

    public void Dispose() => app.Dispose();

    private async Task<IElement> ImageAsync(string page, string alt)
    {
        var response = await app.GetPageAsync(page);
        Assert.Equal(200, response.Status);
        return response.Document.QuerySelectorAll("img").Single(img => img.GetAttribute("alt") == alt);
    }

    private async Task<string> VariantOfTheQuayAsync(int width) =>
        Srcset.Parse((await ImageAsync("/essays/harbour/photos", "The quay in fog")).GetAttribute("srcset")).Single(candidate => candidate.Width == width).Url;

    [Theory]
    [InlineData("/essays/harbour/photos")]
    [InlineData("/essays/harbour/all")]
    public async Task AWidePhotoOffersItsSmallerWidthsAndItselfSizedToTheReadingColumn(string page)
    {
        var image = await ImageAsync(page, "The quay in fog");

        var candidates = Srcset.Parse(image.GetAttribute("srcset"));
        var original = image.GetAttribute("src")!;
        Assert.Equal([480, 960, 1300], candidates.Select(candidate => candidate.Width));
        Assert.Equal(original, candidates[^1].Url);
        Assert.All(candidates[..^1], candidate => Assert.Equal($"{Path.GetDirectoryName(original)}/quay-{candidate.Width}w.webp", candidate.Url));
        Assert.Equal(FigureVariants.Sizes, image.GetAttribute("sizes"));
        Assert.Equal(("1300", "860"), (image.GetAttribute("width"), image.GetAttribute("height")));
    }

    [Theory]
    [InlineData("harbour", "The harbour at dawn")]
    [InlineData("maps", "A map of the coast")]
    [InlineData("maps", "")]
    public async Task AnImageNarrowerThanTheColumnAGifAndAnSvgOfferNoOtherWidths(string section, string alt)
    {
        var page = section == "harbour" ? "/essays/harbour/all" : $"/essays/harbour/{section}";
        var image = await ImageAsync(page, alt);

        Assert.Null(image.GetAttribute("srcset"));
        Assert.Null(image.GetAttribute("sizes"));
    }

    [Fact]
    public async Task EveryOfferedWidthAnswersAsAWebPOfThatWidthCachedForAYear()
    {
        var document = (await app.GetPageAsync("/essays/harbour/all")).Document;
        var candidates = document.QuerySelectorAll("img[srcset]").SelectMany(img => Srcset.Parse(img.GetAttribute("srcset"))[..^1]).ToArray();
        Assert.Equal(4, candidates.Length);
        var client = app.CreateReader();

        foreach (var (url, width) in candidates)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.NotNull(response.Headers.ETag);
            using var decoded = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(("webpload_buffer", width), ((string)decoded.Get("vips-loader"), decoded.Width));
        }
    }

    [Fact]
    public async Task AChartKeepsItsSharpLinesAsALosslessWebP()
    {
        var image = await ImageAsync("/essays/harbour/photos", "A chart of the tonnage landed each year");
        var (url, _) = Srcset.Parse(image.GetAttribute("srcset"))[0];

        var bytes = await app.CreateReader().GetByteArrayAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("VP8L", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
    }

    [Fact]
    public async Task APhotosCopyIsALossyWebPWithoutTheCamerasMetadata()
    {
        var bytes = await app.CreateReader().GetByteArrayAsync(new Uri(await VariantOfTheQuayAsync(960), UriKind.Relative));

        Assert.Equal("VP8 ", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        using var decoded = Image.NewFromBuffer(bytes);
        Assert.DoesNotContain(decoded.GetFields(), field => field is "exif-data" or "xmp-data" or "icc-profile-data");
    }

    [Fact]
    public async Task AVariantAskedForWithItsETagAnswersNotModified()
    {
        var url = await VariantOfTheQuayAsync(480);
        var client = app.CreateReader();
        var first = await client.GetAsync(new Uri(url, UriKind.Relative));

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task APartOfAVariantAnswersPartialContent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, await VariantOfTheQuayAsync(960));
        request.Headers.Range = new RangeHeaderValue(8, 11);

        var response = await app.CreateReader().SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("WEBP"u8.ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheConfiguredWidthsAreTheOnesOfferedAndServed()
    {
        using var configured = new ReaderApp(FigurePagesTests.ContentPath, "Production");
        configured.Settings["Reader:Figures:VariantWidths:0"] = "640";
        var page = await configured.GetPageAsync("/essays/harbour/photos");
        var candidates = Srcset.Parse(page.Document.QuerySelectorAll("img").Single(img => img.GetAttribute("alt") == "The quay in fog").GetAttribute("srcset"));
        var client = configured.CreateReader();

        Assert.Equal([640, 1300], candidates.Select(candidate => candidate.Width));
        using var decoded = Image.NewFromBuffer(await client.GetByteArrayAsync(new Uri(candidates[0].Url, UriKind.Relative)));
        Assert.Equal(640, decoded.Width);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(candidates[0].Url.Replace("-640w", "-480w", StringComparison.Ordinal), UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AWidthOrFormatThePageDoesNotOfferIsNotFound()
    {
        var folder = Path.GetDirectoryName(await VariantOfTheQuayAsync(480))!.Replace('\\', '/');
        var harbour = Path.GetDirectoryName((await ImageAsync("/essays/harbour/all", "The harbour at dawn")).GetAttribute("src"))!.Replace('\\', '/');
        string[] paths =
        [
            $"{folder}/quay-700w.webp",
            $"{folder}/quay-1600w.webp",
            $"{folder}/quay-1300w.webp",
            $"{folder}/quay-0480w.webp",
            $"{folder}/quay-480w.avif",
            $"{folder}/quay-480.webp",
            $"{folder}/other-480w.webp",
            $"{harbour}/harbour-480w.webp",
        ];

        foreach (var path in paths)
        {
            var response = await app.CreateReader().GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {response.StatusCode}");
        }
    }
}

/// <summary>A srcset attribute's candidates, as a browser reads them, and the one it picks.</summary>
internal static class Srcset
{
    public static (string Url, int Width)[] Parse(string? srcset) => [.. (srcset ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(candidate => candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Select(parts => (parts[0], int.Parse(parts[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>The smallest candidate at least as wide as the device pixels needed, else the largest.</summary>
    public static (string Url, int Width) Choose(IReadOnlyList<(string Url, int Width)> candidates, int cssPixels, int devicePixelRatio)
    {
        var needed = cssPixels * devicePixelRatio;
        var wideEnough = candidates.Where(candidate => candidate.Width >= needed).OrderBy(candidate => candidate.Width).ToArray();
        return wideEnough.Length > 0 ? wideEnough[0] : candidates.MaxBy(candidate => candidate.Width);
    }
}
