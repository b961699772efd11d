namespace Reader.Essays;

internal enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>
/// Something wrong with a content file, located the way compilers do it so editors can jump to it.
/// An error leaves the essay out of the library (an image's error leaves out only the image); a warning only reports.
/// </summary>
internal sealed record ContentProblem(string Path, int Line, int Column, ProblemSeverity Severity, string Message)
{
    public static ContentProblem Error(string path, string message, int line = 1, int column = 1) =>
        new(path, line, column, ProblemSeverity.Error, message) { LeavesOutEssay = true };

    public static ContentProblem Warning(string path, string message, int line = 1, int column = 1) =>
        new(path, line, column, ProblemSeverity.Warning, message);

    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>Whether the essay is left out of the library for it: every error but one that leaves out only an image.</summary>
    public bool LeavesOutEssay { get; init; }

    /// <summary>
    /// The exception behind a fault in Reader itself: for operators' logs, never shown to the author, whose
    /// <see cref="Message"/> says in plain words what happened.
    /// </summary>
    public Exception? Fault { get; init; }

    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(IsError ? "error" : "warning")}: {Message}";
}
