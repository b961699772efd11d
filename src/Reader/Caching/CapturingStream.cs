using System.Buffers;

namespace Reader.Caching;

/// <summary>
/// Passes a response's bytes on and keeps a copy of them, up to a limit past which it keeps nothing (the page
/// is then sent but not kept).
/// </summary>
internal sealed class CapturingStream(Stream inner, long limit) : Stream
{
    private ArrayBufferWriter<byte>? copy = new();

    /// <summary>Every byte written, or null when there were more than the limit.</summary>
    public ReadOnlyMemory<byte>? Captured => copy is null ? null : copy.WrittenMemory.ToArray();

    /// <summary>Stops keeping the copy: the bytes still pass on.</summary>
    public void Discard() => copy = null;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (copy is null)
        {
            return;
        }

        if (copy.WrittenCount + bytes.Length > limit)
        {
            copy = null;
            return;
        }

        copy.Write(bytes);
    }
}
