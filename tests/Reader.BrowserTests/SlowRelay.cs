using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reader.BrowserTests;

/// <summary>
/// A relay between the browser and the site that hands over each HTML page in pieces, pausing before each
/// marker, as a slow or congested network does. The browser paints what it has parsed at every pause, so a
/// layout that moves as the rest of the page arrives shows as a layout shift. Other responses pass at once.
/// </summary>
internal sealed class SlowRelay : IAsyncDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(800);

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly HttpClient site;
    private readonly string[] markers;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task relaying;

    public SlowRelay(Uri siteAddress, params string[] markers)
    {
        site = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = siteAddress };
        this.markers = markers;
        listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        relaying = RelayAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>The pages whose HTML lacked a marker, which would make the test pause less than it means to.</summary>
    public List<string> PagesMissingAMarker { get; } = [];

    private async Task RelayAsync()
    {
        try
        {
            while (true)
            {
                var browser = await listener.AcceptTcpClientAsync(stopping.Token);
                _ = AnswerAsync(browser);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task AnswerAsync(TcpClient browser)
    {
        using (browser)
        {
            try
            {
                await RelayOneAsync(browser.GetStream());
            }
            catch (Exception error) when (error is IOException or SocketException or HttpRequestException or OperationCanceledException)
            {
                // The browser went away, or the relay is stopping: nothing to hand over.
            }
        }
    }

    private async Task RelayOneAsync(NetworkStream connection)
    {
        {
            var path = await ReadRequestPathAsync(connection);
            if (path is null)
            {
                return;
            }

            using var response = await site.GetAsync(new Uri(path, UriKind.Relative), stopping.Token);
            var body = await response.Content.ReadAsByteArrayAsync(stopping.Token);
            var type = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
            var head = $"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}\r\nContent-Type: {type}\r\n" +
                $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n";
            await connection.WriteAsync(Encoding.ASCII.GetBytes(head), stopping.Token);
            foreach (var piece in type.StartsWith("text/html", StringComparison.Ordinal) ? Pieces(path, body) : [body])
            {
                await connection.WriteAsync(piece, stopping.Token);
                await connection.FlushAsync(stopping.Token);
                await Task.Delay(Pause, stopping.Token);
            }
        }
    }

    private IEnumerable<ReadOnlyMemory<byte>> Pieces(string path, byte[] body)
    {
        var start = 0;
        foreach (var marker in markers)
        {
            var at = body.AsSpan(start).IndexOf(Encoding.UTF8.GetBytes(marker));
            if (at < 0)
            {
                lock (PagesMissingAMarker)
                {
                    PagesMissingAMarker.Add($"{path} lacks {marker}");
                }

                continue;
            }

            yield return body.AsMemory(start, at);
            start += at;
        }

        yield return body.AsMemory(start);
    }

    /// <summary>The path of a GET request; the request has no body, so the headers are read and dropped.</summary>
    private static async Task<string?> ReadRequestPathAsync(NetworkStream connection)
    {
        using var reader = new StreamReader(connection, Encoding.ASCII, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var requestLine = await reader.ReadLineAsync();
        while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
        {
        }

        var parts = requestLine?.Split(' ');
        return parts is [_, var path, _] ? path : null;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await relaying;
        site.Dispose();
        stopping.Dispose();
    }
}
