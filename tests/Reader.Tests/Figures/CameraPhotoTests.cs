using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NetVips;
using Reader.Figures;

namespace Reader.Tests.Figures;

/// <summary>Photographs as a camera gives them, made by the test into a content folder of its own.</summary>
[Collection(AppCollection.Name)]
public sealed class CameraPhotoTests : IDisposable
{
    private const int PhoneWidth = 390;

    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private async Task<(string Url, int Width)[]> CandidatesAsync(ReaderApp app, string alt)
    {
        var page = await app.GetPageAsync("/essays/photo/all");
        Assert.Equal(200, page.Status);
        return Srcset.Parse(page.Document.QuerySelectorAll("img").Single(img => img.GetAttribute("alt") == alt).GetAttribute("srcset"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task AFiveMegabyteCameraJpegReachesAPhoneInWellUnderTwoHundredKilobytes(int devicePixelRatio)
    {
        var photo = TestPhotos.CameraJpeg();
        Assert.InRange(photo.Length, 4_500_000, 6_000_000);
        File.WriteAllBytes(content.PathOf("camera.jpg"), photo);
        content.Write("photo.md", "# Photo\n\n![The camera's photo](camera.jpg)\n");
        using var app = new ReaderApp(content.FullName, "Production");

        var chosen = Srcset.Choose(await CandidatesAsync(app, "The camera's photo"), PhoneWidth, devicePixelRatio);
        var response = await app.CreateReader().GetAsync(new Uri(chosen.Url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(chosen.Width >= PhoneWidth * devicePixelRatio, $"the phone was offered {chosen.Width} px for {PhoneWidth * devicePixelRatio}");
        Assert.True(bytes.Length < 200_000, $"{chosen.Url} is {bytes.Length} bytes");
    }

    [Fact]
    public async Task APhotoTurnedByItsCameraIsShownAndResizedUpright()
    {
        // Orientation 6: the camera was held upright, so the stored 1600 × 1200 is seen as 1200 × 1600.
        File.WriteAllBytes(content.PathOf("upright.jpg"), TestPhotos.CameraJpeg(1600, 1200, orientation: 6));
        content.Write("photo.md", "# Photo\n\n![A tower](upright.jpg)\n");
        using var app = new ReaderApp(content.FullName, "Production");

        var page = await app.GetPageAsync("/essays/photo/all");
        var image = page.Document.QuerySelector("img")!;
        var (url, width) = Srcset.Parse(image.GetAttribute("srcset")).Single(candidate => candidate.Width == 960);
        using var decoded = Image.NewFromBuffer(await app.CreateReader().GetByteArrayAsync(new Uri(url, UriKind.Relative)));

        Assert.Equal(("1200", "1600"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal((960, 1280), (decoded.Width, decoded.Height));
        Assert.DoesNotContain("exif-data", decoded.GetFields());
    }

    [Fact]
    public async Task AnImageLibvipsCannotDecodeLeavesTheOriginalAndItsCopiesAnswerNotFound()
    {
        // A JPEG's headers with no picture after them: its size reads, its pixels do not.
        File.WriteAllBytes(content.PathOf("cut.jpg"), TestImages.Jpeg(2000, 1000));
        content.Write("photo.md", "# Photo\n\n![A cut photo](cut.jpg)\n\nThe text is still here.\n");
        using var app = new ReaderApp(content.FullName, "Production");

        var candidates = await CandidatesAsync(app, "A cut photo");
        var client = app.CreateReader();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(candidates[^1].Url, UriKind.Relative))).StatusCode);
        foreach (var (url, _) in candidates[..^1])
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Vips", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task TheCopiesKeptStayWithinTheirBoundInBytes()
    {
        for (var i = 0; i < 4; i++)
        {
            File.WriteAllBytes(content.PathOf($"view-{i}.jpg"), TestPhotos.CameraJpeg(1700, 1100, seed: 10 + i));
        }

        content.Write("photo.md", "# Photo\n\n" + string.Concat(Enumerable.Range(0, 4).Select(i => $"![View {i}](view-{i}.jpg)\n\n")));
        var sizes = new Dictionary<string, int>();
        using (var unbounded = new ReaderApp(content.FullName, "Production"))
        {
            for (var i = 0; i < 4; i++)
            {
                foreach (var (url, _) in (await CandidatesAsync(unbounded, $"View {i}"))[..^1])
                {
                    sizes[url] = (await unbounded.CreateReader().GetByteArrayAsync(new Uri(url, UriKind.Relative))).Length;
                }
            }
        }

        var bound = sizes.Values.Sum() / 3;
        using var app = new ReaderApp(content.FullName, "Production");
        app.Settings["Reader:Figures:VariantCacheBytes"] = bound.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var cache = app.Services.GetRequiredService<VariantCache>();
        foreach (var (url, length) in sizes)
        {
            var bytes = await app.CreateReader().GetByteArrayAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(length, bytes.Length);
            Assert.InRange(cache.Bytes, 0, bound);
        }

        Assert.Equal(12, sizes.Count);
        Assert.Equal(bound, cache.CapacityBytes);
        Assert.InRange(cache.Count, 1, sizes.Count - 1);
    }
}
