using System.Text;
using Reader.Essays.Figures;

namespace Reader.Tests.Figures;

public sealed class ImageHeaderTests
{
    public static TheoryData<string, byte[], string, int, int> Images => new()
    {
        { "png", TestImages.Png(6, 4), "image/png", 6, 4 },
        { "gif", TestImages.Gif(300, 2), "image/gif", 300, 2 },
        { "jpeg", TestImages.Jpeg(640, 480), "image/jpeg", 640, 480 },
        { "jpeg turned by its camera", TestImages.Jpeg(640, 480, orientation: 6), "image/jpeg", 480, 640 },
        { "webp", TestImages.WebPLossless(1200, 800), "image/webp", 1200, 800 },
        { "avif", TestImages.Avif(1920, 1080), "image/avif", 1920, 1080 },
        { "svg with a size", TestImages.Svg("width=\"120px\" height=\"80\""), "image/svg+xml", 120, 80 },
        { "svg with a viewBox", TestImages.Svg("viewBox=\"0 0 300 150\""), "image/svg+xml", 300, 150 },
        { "svg with a width and a viewBox", TestImages.Svg("width=\"600\" viewBox=\"0 0 300 150\""), "image/svg+xml", 600, 300 },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void AnImageIsKnownByItsBytesWithTheSizeABrowserShows(string kind, byte[] bytes, string mediaType, int width, int height)
    {
        var header = ImageHeader.Read(bytes);

        Assert.NotNull(header);
        Assert.Equal((mediaType, width, height), (header.Format.MediaType, header.Width ?? 0, header.Height ?? 0));
        Assert.NotEmpty(kind);
    }

    [Theory]
    [InlineData("# A Markdown file\n\nText.")]
    [InlineData("<html><body>A page</body></html>")]
    [InlineData("")]
    [InlineData("GIF8")]
    public void WhatIsNotAnImageIsNotTakenForOne(string text) =>
        Assert.Null(ImageHeader.Read(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void AnImageCutShortIsKnownButHasNoSize()
    {
        var header = ImageHeader.Read(TestImages.Png(6, 4).AsSpan(0, 12));

        Assert.Equal((ImageFormat.Png, (int?)null), (header?.Format, header?.Width));
    }

    [Fact]
    public void AnSvgWithoutSizeOrViewBoxHasNoSize() =>
        Assert.Null(ImageHeader.Read(TestImages.Svg("width=\"50%\""))?.Width);
}
