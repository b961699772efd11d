using Serilog;

namespace Reader.Hosting;

internal static class LoggingExtensions
{
    /// <summary>
    /// The logger that reports start-up itself, before configuration is read, writing whole lines to standard
    /// output (<see cref="StandardOutput"/>); <see cref="AddLogging"/> replaces it once the host is built.
    /// </summary>
    public static void UseBootstrapLogger()
    {
        StandardOutput.WriteWholeLines();
        Log.Logger = new LoggerConfiguration()
            .WriteTo.Console()
            .CreateBootstrapLogger();
    }

    /// <summary>Serilog for the host, configured from the <c>Serilog</c> section as its README shows.</summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services));
        return builder;
    }
}
