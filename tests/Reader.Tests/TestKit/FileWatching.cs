using System.Runtime.CompilerServices;

namespace Reader.Tests;

internal static class FileWatching
{
    /// <summary>
    /// Each host the tests start would watch its configuration files, web root and content root with inotify,
    /// one instance apiece, and Debian allows a user 128: the suite ran out on a fresh machine. The framework's
    /// file providers poll instead in this process; Reader's own content watcher, which the reload tests
    /// exercise, still uses inotify.
    /// </summary>
    [ModuleInitializer]
    internal static void PollInThisProcess() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
