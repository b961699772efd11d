using System.Text.Json;
using Reader.Hosting;
using Serilog;
using Serilog.Formatting.Compact;

namespace Reader.Tests.Hosting;

/// <summary>The log's lines reach standard output whole, in order and all of them, up to the queue's limit at once.</summary>
public sealed class StandardOutputSinkTests
{
    private const string Template = "Event {Number} of {Path}";

    [Theory]
    [InlineData(1)]
    [InlineData(5_000)]
    public void EveryEventIsOneJsonLineInTheOrderLogged(int events)
    {
        // Its own writer, not the console, which other hosts of the test run may be writing to as well.
        var output = new ConsoleCapture();
        // Disposing the logger writes what is still waiting, as the host's shutdown does.
        using (var logger = new LoggerConfiguration().WriteTo.Writer(() => output, new CompactJsonFormatter()).CreateLogger())
        {
            for (var number = 0; number < events; number++)
            {
                logger.Information(Template, number, "/essays/\"quoted\"\n");
            }
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();
        Assert.Equal(events, lines.Count);
        Assert.All(lines.Select((logged, index) => (logged, index)), numbered =>
        {
            Assert.Equal(numbered.index, numbered.logged.GetProperty("Number").GetInt32());
            Assert.Equal("/essays/\"quoted\"\n", numbered.logged.GetProperty("Path").GetString());
        });
    }
}
