using System.Text;
using Reader.Essays;

namespace Reader.Content;

/// <summary>Reads an essay's file as text under the content rules: within the size limit, and strictly UTF-8.</summary>
internal static class EssayFiles
{
    /// <summary>Throws on bytes that are not UTF-8 instead of replacing them, so that the author hears of it.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? ReadText(string path, long maxFileBytes, List<ContentProblem> problems)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxFileBytes)
            {
                problems.Add(ContentProblem.Error(path, $"the file is {length} bytes, over the limit of {maxFileBytes} (Reader:Content:MaxFileBytes)"));
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Add(ContentProblem.Error(path, "the file was moved or deleted while it was being read; it is read again when it is back"));
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            problems.Add(ContentProblem.Error(path, "Reader is not allowed to read the file; give the user Reader runs as permission to read it"));
            return null;
        }
        catch (IOException exception)
        {
            problems.Add(ContentProblem.Error(path, "the file could not be read from the disk; the essay is left out: check that the file is not locked or damaged") with { Fault = exception });
            return null;
        }

        var preamble = StrictUtf8.Preamble;
        var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException exception)
        {
            var (line, column) = Locate(bytes.AsSpan(start), Math.Max(0, exception.Index));
            var bad = exception.BytesUnknown is { Length: > 0 } unknown ? $" (byte 0x{unknown[0]:X2})" : "";
            problems.Add(ContentProblem.Error(path, $"the file is not valid UTF-8{bad}", line, column));
            return null;
        }
    }

    /// <summary>The line and column (in characters, from 1) of a byte offset in text that is valid UTF-8 before it.</summary>
    private static (int Line, int Column) Locate(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
