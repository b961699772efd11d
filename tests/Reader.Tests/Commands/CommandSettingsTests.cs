using Reader.Commands;

namespace Reader.Tests.Commands;

/// <summary>The verbs read their settings as the site does, command line included.</summary>
public sealed class CommandSettingsTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void ACheckTakesASettingFromItsCommandLineAsTheSiteWould()
    {
        content.Write("long.md", "# Long\n\nMore than forty bytes of text in this essay.");
        using var output = new StringWriter();

        var exitCode = CheckCommand.Run([content.FullName, "--Reader:Content:MaxFileBytes=40"], output);

        Assert.Equal(1, exitCode);
        Assert.Contains("over the limit of 40 (Reader:Content:MaxFileBytes)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheHealthcheckAsksThePortGivenOnItsCommandLine()
    {
        var (arguments, configuration) = CommandSettings.Read(["--urls=http://+:9010"]);

        Assert.Empty(arguments);
        Assert.Equal(9010, HealthcheckCommand.Port(configuration));
    }
}
