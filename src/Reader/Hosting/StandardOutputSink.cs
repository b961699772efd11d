using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Reader.Hosting;

/// <summary>
/// Writes log events to standard output a batch at a time, through Serilog's own batching: a request only queues
/// its event, and a background loop formats the queued events into one buffer and hands it to standard output
/// whole (<see cref="StandardOutput"/>: a few write calls a batch). Serilog's console sink inside its async sink,
/// which this replaces, woke a thread, formatted, wrote and flushed for every line; what that cost is measured
/// in tests/load/README.md.
/// </summary>
internal sealed class StandardOutputSink(ITextFormatter formatter) : IBatchedLogEventSink, IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly StringWriter lines = new(new StringBuilder(BufferSize), CultureInfo.InvariantCulture);

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        var text = lines.GetStringBuilder().Clear();
        foreach (var logEvent in batch)
        {
            formatter.Format(logEvent, lines);
        }

        Console.Out.Write(text);
        if (text.Capacity > 16 * BufferSize)
        {
            // A burst of long lines must not keep a large buffer for the life of the process.
            text.Clear().Capacity = BufferSize;
        }

        return Task.CompletedTask;
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;

    public void Dispose() => lines.Dispose();
}
