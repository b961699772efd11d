using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Reader.Essays.Figures;
using Reader.Figures;

namespace Reader.Tests.Figures;

public sealed class VariantCacheTests
{
    private static VariantKey Key(int width) => new("0123456789abcdef", width);

    [Fact]
    public async Task RequestsForTheSameCopyWhileItIsMadeShareOneEncode()
    {
        using var cache = new VariantCache(1_000);
        using var release = new ManualResetEventSlim();
        var encodes = 0;
        byte[] Make()
        {
            Interlocked.Increment(ref encodes);
            release.Wait(TimeSpan.FromSeconds(30));
            return new byte[100];
        }

        var requests = Enumerable.Range(0, 8).Select(_ => cache.GetOrMakeAsync(Key(480), Make)).ToArray();
        release.Set();
        var copies = await Task.WhenAll(requests);

        Assert.Equal(1, encodes);
        Assert.All(copies, copy => Assert.Same(copies[0], copy));
        Assert.Same(copies[0], await cache.GetOrMakeAsync(Key(480), () => throw new InvalidOperationException("made twice")));
    }

    [Fact]
    public async Task TheLeastRecentlyUsedCopyLeavesFirstToStayWithinTheBound()
    {
        using var cache = new VariantCache(250);
        await cache.GetOrMakeAsync(Key(1), () => new byte[100]);
        await cache.GetOrMakeAsync(Key(2), () => new byte[100]);
        await cache.GetOrMakeAsync(Key(1), () => throw new InvalidOperationException("1 was kept"));

        await cache.GetOrMakeAsync(Key(3), () => new byte[100]);

        Assert.Equal((200, 2), (cache.Bytes, cache.Count));
        Assert.NotNull(await cache.GetOrMakeAsync(Key(1), () => throw new InvalidOperationException("1 was used last")));
        var made = false;
        await cache.GetOrMakeAsync(Key(2), () => { made = true; return new byte[100]; });
        Assert.True(made);
    }

    [Fact]
    public async Task ACopyLargerThanTheBoundIsServedButNotKept()
    {
        using var cache = new VariantCache(50);

        var copy = await cache.GetOrMakeAsync(Key(1), () => new byte[100]);

        Assert.Equal(100, copy!.Length);
        Assert.Equal((0, 0), (cache.Bytes, cache.Count));
    }

    [Fact]
    public void AFileLibvipsCannotDecodeGivesNoCopyAndAWarningNamingIt()
    {
        using var content = new TempContent();
        var path = content.PathOf("cut.jpg");
        File.WriteAllBytes(path, TestImages.Jpeg(2000, 1000));
        var logger = new FakeLogger();
        var figure = new Figure("0123456789abcdef", "cut", ImageFormat.Jpeg, path, 0, DateTime.UnixEpoch, 2000, 1000);

        var copy = FiguresEndpoints.Make(figure, 480, logger);

        Assert.Null(copy);
        var warning = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.StartsWith($"The image {path} could not be decoded to make its 480-pixel copy, which answers 404: ", warning.Message, StringComparison.Ordinal);
    }
}
