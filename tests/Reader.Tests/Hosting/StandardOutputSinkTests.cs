using System.Text.Json;
using Reader.Hosting;
using Serilog;
using Serilog.Formatting.Compact;

namespace Reader.Tests.Hosting;

/// <summary>The log's lines reach standard output whole, in order and all of them, up to the queue's limit at once.</summary>
[Collection(AppCollection.Name)]
public sealed class StandardOutputSinkTests
{
    private const string Template = "Event {Number} of {Path}";

    [Theory]
    [InlineData(1)]
    [InlineData(5_000)]
    public void EveryEventIsOneJsonLineInTheOrderLogged(int events)
    {
        var console = new ConsoleCapture();
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            // Disposing the logger writes what is still waiting, as the host's shutdown does.
            using (var logger = new LoggerConfiguration().WriteTo.StandardOutput(new CompactJsonFormatter()).CreateLogger())
            {
                for (var number = 0; number < events; number++)
                {
                    logger.Information(Template, number, "/essays/\"quoted\"\n");
                }
            }
        }
        finally
        {
            Console.SetOut(original);
        }

        // Other hosts of the test run may be writing their last lines to the console too.
        var lines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(logged => logged.GetProperty("@mt").GetString() == Template)
            .ToList();
        Assert.Equal(events, lines.Count);
        Assert.All(lines.Select((logged, index) => (logged, index)), numbered =>
        {
            Assert.Equal(numbered.index, numbered.logged.GetProperty("Number").GetInt32());
            Assert.Equal("/essays/\"quoted\"\n", numbered.logged.GetProperty("Path").GetString());
        });
    }
}
