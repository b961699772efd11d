using System.Globalization;
using System.Text;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace Reader.Hosting;

/// <summary>
/// Log lines to standard output a batch at a time, on Serilog's own batching: the events of the last few
/// milliseconds (at most 128) formatted into one reused buffer and written together, off the request's path. The
/// console sink behind Serilog's async sink made a string and a write call of each line and woke its thread for
/// each, which cost a cached page about a tenth more CPU (tests/load/README.md, 'What the request log costs').
/// </summary>
internal sealed class StandardOutputSink(ITextFormatter formatter, Func<TextWriter> output) : IBatchedLogEventSink
{
    /// <summary>Room for a full batch of request lines; a larger batch gives its buffer back after it is written.</summary>
    private const int KeptCapacity = 64 * 1024;

    private readonly StringBuilder buffer = new(KeptCapacity);

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        buffer.Clear();
        using (var lines = new StringWriter(buffer, CultureInfo.InvariantCulture))
        {
            foreach (var logEvent in batch)
            {
                formatter.Format(logEvent, lines);
            }
        }

        // The writer is asked for each batch: a host (or a test) may replace Console.Out after the logger is built.
        var writer = output();
        writer.Write(buffer);
        writer.Flush();
        if (buffer.Capacity > KeptCapacity)
        {
            buffer.Clear();
            buffer.Capacity = KeptCapacity;
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// The <c>StandardOutput</c> sink as the <c>Serilog:WriteTo</c> configuration names it (public, since Serilog's
/// configuration reader looks only at public types).
/// </summary>
public static class StandardOutputSinkConfiguration
{
    private const string DefaultTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <param name="sinks">The logger's sinks.</param>
    /// <param name="formatter">How each line is written; by default as the console sink writes it, in plain text.</param>
    /// <param name="bufferingMilliseconds">At most how long a line waits to be written.</param>
    /// <param name="queueLimit">How many lines may wait; beyond it, new ones are dropped rather than held.</param>
    public static LoggerConfiguration StandardOutput(this LoggerSinkConfiguration sinks, ITextFormatter? formatter = null,
        int bufferingMilliseconds = 5, int queueLimit = 10_000) =>
        sinks.Writer(() => Console.Out, formatter, bufferingMilliseconds, queueLimit);

    /// <summary>The same batching to another writer, so a test can read its lines apart from the console's.</summary>
    internal static LoggerConfiguration Writer(this LoggerSinkConfiguration sinks, Func<TextWriter> output,
        ITextFormatter? formatter = null, int bufferingMilliseconds = 5, int queueLimit = 10_000) =>
        sinks.Sink(
            new StandardOutputSink(formatter ?? new MessageTemplateTextFormatter(DefaultTemplate, CultureInfo.InvariantCulture), output),
            new BatchingOptions
            {
                BufferingTimeLimit = TimeSpan.FromMilliseconds(bufferingMilliseconds),
                // Small batches: a thread-pool thread formats each in one go, and requests wait behind a long one.
                BatchSizeLimit = 128,
                QueueLimit = queueLimit,
                EagerlyEmitFirstEvent = true,
                RetryTimeLimit = TimeSpan.Zero,
            });
}
