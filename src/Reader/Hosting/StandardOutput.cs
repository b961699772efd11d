using System.Text;

namespace Reader.Hosting;

/// <summary>
/// The runtime's console writer hands standard output 256 characters at a time, so each request's JSON log line
/// took three write calls. A writer with a larger buffer, still flushed after every write, makes it one (what
/// that saves is measured in tests/load/README.md).
/// </summary>
internal static class StandardOutput
{
    private const int BufferSize = 16 * 1024;

    private static int replaced;

    /// <summary>Once a process: a host started again in the same process (as tests do) keeps the writer it finds.</summary>
    public static void WriteWholeLines()
    {
        if (Interlocked.Exchange(ref replaced, 1) == 0)
        {
            Console.SetOut(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferSize)
            {
                AutoFlush = true,
            });
        }
    }
}
