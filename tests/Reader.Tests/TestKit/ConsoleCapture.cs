using System.Text;

namespace Reader.Tests;

/// <summary>
/// A console writer that can be read while the app's log sink is still writing to it. Every other member of
/// <see cref="TextWriter"/> ends in one of the three writes below, so one lock covers them all;
/// <see cref="TextWriter.Synchronized"/> guards writes only, and reading its <see cref="StringWriter"/> mid-write
/// fails.
/// </summary>
internal sealed class ConsoleCapture : TextWriter
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            _text.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate)
        {
            _text.Append(buffer, index, count);
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            _text.Append(value);
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return _text.ToString();
        }
    }
}
