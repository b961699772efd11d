namespace Reader.Commands;

/// <summary>
/// The verbs the app answers instead of serving (<c>dotnet Reader.dll VERB …</c>), so that the published app
/// and the container carry their own tools.
/// </summary>
internal static class CommandLine
{
    /// <summary>Runs the verb named by the first argument and returns its exit code, or null to serve the site.</summary>
    public static Task<int>? TryRun(string[] args) => args switch
    {
        ["healthcheck", .. var rest] => HealthcheckCommand.RunAsync(rest),
        ["check", .. var rest] => Task.FromResult(CheckCommand.Run(rest, Console.Out)),
        ["import", .. var rest] => Task.FromResult(ImportCommand.Run(rest, Console.Out)),
        _ => null,
    };
}
