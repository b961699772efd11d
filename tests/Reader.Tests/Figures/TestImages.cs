using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Reader.Tests.Figures;

/// <summary>Small image files made in the test, in every format Reader serves.</summary>
internal static class TestImages
{
    public static byte[] Png(int width, int height, byte red = 40)
    {
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                for (var x = 0; x < width; x++)
                {
                    zlib.Write([red, 90, 160, 255]);
                }
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(file, "IHDR", header);
        Chunk(file, "IDAT", pixels.ToArray());
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    public static byte[] Gif(int width, int height) =>
        [.. "GIF89a"u8.ToArray(), (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x3B];

    /// <summary>A JPEG's markers up to its frame header; <paramref name="orientation"/> adds an Exif orientation.</summary>
    public static byte[] Jpeg(int width, int height, int? orientation = null)
    {
        var bytes = new List<byte>([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF\0"u8.ToArray(), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        if (orientation is { } turn)
        {
            byte[] tiff = [.. "MM"u8.ToArray(), 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)turn, 0, 0, 0, 0, 0, 0];
            var length = 2 + 6 + tiff.Length;
            bytes.AddRange([0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. "Exif\0\0"u8.ToArray(), .. tiff]);
        }

        bytes.AddRange([0xFF, 0xC0, 0, 11, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);
        bytes.AddRange([0xFF, 0xD9]);
        return [.. bytes];
    }

    public static byte[] WebPLossless(int width, int height)
    {
        var bits = (uint)(width - 1) | ((uint)(height - 1) << 14);
        var bytes = new byte[30];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 22);
        "WEBPVP8L"u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 10);
        bytes[20] = 0x2F;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(21), bits);
        return bytes;
    }

    /// <summary>An AVIF's boxes down to the 'ispe' sizes of a thumbnail and of the primary image.</summary>
    public static byte[] Avif(int width, int height)
    {
        static byte[] Box(string type, params byte[][] content)
        {
            var body = content.SelectMany(part => part).ToArray();
            var box = new byte[8 + body.Length];
            BinaryPrimitives.WriteInt32BigEndian(box, box.Length);
            Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
            body.CopyTo(box, 8);
            return box;
        }

        static byte[] Ispe(int w, int h)
        {
            var sizes = new byte[12];
            BinaryPrimitives.WriteInt32BigEndian(sizes.AsSpan(4), w);
            BinaryPrimitives.WriteInt32BigEndian(sizes.AsSpan(8), h);
            return Box("ispe", sizes);
        }

        var ftyp = Box("ftyp", "avif"u8.ToArray(), [0, 0, 0, 0], "mif1"u8.ToArray(), "miaf"u8.ToArray());
        var meta = Box("meta", [0, 0, 0, 0], Box("iprp", Box("ipco", Ispe(8, 6), Ispe(width, height))));
        return [.. ftyp, .. meta];
    }

    public static byte[] Svg(string attributes, string body = "") =>
        Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" {attributes}>{body}</svg>\n");

    private static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        file.Write(length);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
