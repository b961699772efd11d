using System.Text;

namespace Reader.Tests;

/// <summary>A content folder of a test's own, written file by file and deleted with the test.</summary>
public sealed class TempContent : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("reader-test-");

    public string FullName => folder.FullName;

    public string PathOf(string name) => Path.Combine(FullName, name);

    /// <summary>Writes a file, making the folders on its way (<c>essay/01-start.md</c>); returns its path.</summary>
    /// <param name="encoding">UTF-8 without a byte-order mark, as editors save Markdown, unless a test needs another.</param>
    public string Write(string name, string text, Encoding? encoding = null)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return path;
    }

    public void Dispose() => folder.Delete(recursive: true);
}
