using Serilog;
using Serilog.Configuration;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace Reader.Hosting;

/// <summary>
/// Names <see cref="StandardOutputSink"/> for the <c>Serilog</c> configuration section (<c>"WriteTo": [{ "Name":
/// "StandardOutputLines" }]</c>); the section's reader finds sinks only on public classes.
/// </summary>
public static class StandardOutputLinesConfiguration
{
    /// <summary>
    /// The <c>StandardOutputLines</c> sink of the <c>Serilog</c> section: events written in batches, at most
    /// <paramref name="batchMilliseconds"/> after they happen, and at most <paramref name="queueLimit"/> waiting
    /// (more are dropped rather than held, so a flood of requests cannot grow the queue without bound).
    /// </summary>
    public static LoggerConfiguration StandardOutputLines(
        this LoggerSinkConfiguration sinks, ITextFormatter? formatter = null, int batchMilliseconds = 100, int queueLimit = 100_000) =>
        sinks.Sink(
            new StandardOutputSink(formatter ?? new MessageTemplateTextFormatter("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}")),
            new Serilog.Configuration.BatchingOptions
            {
                BatchSizeLimit = 10_000,
                BufferingTimeLimit = TimeSpan.FromMilliseconds(batchMilliseconds),
                QueueLimit = queueLimit,
                EagerlyEmitFirstEvent = true,
            });
}
