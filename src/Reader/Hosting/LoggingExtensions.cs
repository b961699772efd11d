using Serilog;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace Reader.Hosting;

internal static class LoggingExtensions
{
    /// <summary>
    /// The logger that reports start-up itself, before configuration is read, writing whole lines to standard
    /// output (<see cref="StandardOutput"/>); <see cref="AddLogging"/> replaces it once the host is built.
    /// </summary>
    public static Serilog.ILogger UseBootstrapLogger()
    {
        StandardOutput.WriteWholeLines();
        return Log.Logger = new LoggerConfiguration()
            .WriteTo.Console()
            .CreateBootstrapLogger();
    }

    /// <summary>
    /// Writes what the logger <see cref="UseBootstrapLogger"/> gave still holds, and closes it. The static logger is
    /// closed only while it is still that one: in a process that runs several hosts (as the tests do), a host that
    /// stops after the next has started would otherwise close the next one's logger and lose its lines.
    /// </summary>
    public static async ValueTask CloseLoggerAsync(Serilog.ILogger bootstrap)
    {
        if (ReferenceEquals(Log.Logger, bootstrap))
        {
            await Log.CloseAndFlushAsync();
        }
        else if (bootstrap is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    /// <summary>
    /// The assemblies whose sinks, enrichers and formatters the <c>Serilog</c> section may name: the ones Reader
    /// ships. Naming them spares Serilog a search of every assembly in the app's folder on each start (about a
    /// tenth of the main thread's start in a profile, tests/load/README.md), and is how its documentation asks
    /// to be configured.
    /// </summary>
    private static readonly ConfigurationReaderOptions SerilogAssemblies = new(
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(CompactJsonFormatter).Assembly,
        typeof(StandardOutputSink).Assembly);

    /// <summary>Serilog for the host, configured from the <c>Serilog</c> section as its README shows.</summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration, SerilogAssemblies)
            .ReadFrom.Services(services));
        return builder;
    }
}
