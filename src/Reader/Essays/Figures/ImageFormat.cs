using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Reader.Essays.Figures;

/// <summary>An image format Reader serves, with the type and extension its responses and addresses carry.</summary>
internal sealed record ImageFormat(string Name, string MediaType, string Extension)
{
    public static readonly ImageFormat Jpeg = new("JPEG", "image/jpeg", ".jpg");
    public static readonly ImageFormat Png = new("PNG", "image/png", ".png");
    public static readonly ImageFormat Gif = new("GIF", "image/gif", ".gif");
    public static readonly ImageFormat WebP = new("WebP", "image/webp", ".webp");
    public static readonly ImageFormat Avif = new("AVIF", "image/avif", ".avif");
    public static readonly ImageFormat Svg = new("SVG", "image/svg+xml", ".svg");

    public bool IsSvg => ReferenceEquals(this, Svg);
}

/// <summary>What the first bytes of a file say it is: its format, and its size as a browser shows it.</summary>
/// <param name="Width">Null when the format was recognised but its size could not be read (a corrupt file).</param>
internal sealed record ImageHeader(ImageFormat Format, int? Width, int? Height)
{
    /// <summary>How much of a file is read to find its format and size; a JPEG's size follows its metadata.</summary>
    public const int PrefixBytes = 1024 * 1024;

    /// <summary>The format by magic bytes, never by the file's name; null for anything that is not an image Reader serves.</summary>
    public static ImageHeader? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            var ok = bytes.Length >= 24 && bytes[12..16].SequenceEqual("IHDR"u8);
            return Sized(ImageFormat.Png, ok ? BinaryPrimitives.ReadInt32BigEndian(bytes[16..]) : 0, ok ? BinaryPrimitives.ReadInt32BigEndian(bytes[20..]) : 0);
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            var ok = bytes.Length >= 10;
            return Sized(ImageFormat.Gif, ok ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]) : 0, ok ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]) : 0);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg(bytes);
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(bytes);
        }

        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8) && IsAvif(bytes))
        {
            return Avif(bytes);
        }

        return Svg(bytes);
    }

    private static ImageHeader Sized(ImageFormat format, long width, long height) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue
            ? new ImageHeader(format, (int)width, (int)height)
            : new ImageHeader(format, null, null);

    private static ImageHeader Jpeg(ReadOnlySpan<byte> bytes)
    {
        var swap = false;
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                break;
            }

            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (length < 2 || at + 2 + length > bytes.Length)
            {
                break;
            }

            var segment = bytes.Slice(at + 4, length - 2);
            if (marker == 0xE1 && segment.StartsWith("Exif\0\0"u8))
            {
                // Browsers turn a photo the way its camera says (orientations 5–8 are a quarter turn), so the
                // width and height the page reserves are the turned ones.
                swap = ExifOrientation(segment[6..]) is >= 5 and <= 8;
            }
            else if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC && segment.Length >= 5)
            {
                int height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
                int width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
                return swap ? Sized(ImageFormat.Jpeg, height, width) : Sized(ImageFormat.Jpeg, width, height);
            }
            else if (marker == 0xDA)
            {
                break;
            }

            at += 2 + length;
        }

        return new ImageHeader(ImageFormat.Jpeg, null, null);
    }

    private static int ExifOrientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return 1;
        }

        var little = tiff.StartsWith("II"u8);
        int U16(ReadOnlySpan<byte> span) => little ? BinaryPrimitives.ReadUInt16LittleEndian(span) : BinaryPrimitives.ReadUInt16BigEndian(span);
        var ifd = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (ifd + 2 > (uint)tiff.Length)
        {
            return 1;
        }

        var count = U16(tiff[(int)ifd..]);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + (i * 12);
            if (entry + 12 > tiff.Length)
            {
                break;
            }

            if (U16(tiff[entry..]) == 0x0112)
            {
                return U16(tiff[(entry + 8)..]);
            }
        }

        return 1;
    }

    private static ImageHeader WebP(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 30 && bytes[12..16].SequenceEqual("VP8 "u8) && bytes[23] == 0x9D && bytes[24] == 0x01 && bytes[25] == 0x2A)
        {
            return Sized(ImageFormat.WebP, BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF);
        }

        if (bytes.Length >= 25 && bytes[12..16].SequenceEqual("VP8L"u8) && bytes[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return Sized(ImageFormat.WebP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        if (bytes.Length >= 30 && bytes[12..16].SequenceEqual("VP8X"u8))
        {
            static int Read24(ReadOnlySpan<byte> span) => span[0] | (span[1] << 8) | (span[2] << 16);
            return Sized(ImageFormat.WebP, Read24(bytes[24..]) + 1L, Read24(bytes[27..]) + 1L);
        }

        return new ImageHeader(ImageFormat.WebP, null, null);
    }

    private static bool IsAvif(ReadOnlySpan<byte> bytes)
    {
        var size = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(bytes), (uint)bytes.Length);
        for (var at = 8; at + 4 <= size; at += 4)
        {
            // The major brand, then (after the minor version) the compatible brands.
            if (at != 12 && (bytes[at..(at + 4)].SequenceEqual("avif"u8) || bytes[at..(at + 4)].SequenceEqual("avis"u8)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An AVIF's size is in the 'ispe' property of its image items (meta → iprp → ipco); the primary image is
    /// the largest, since the others are thumbnails, alpha planes or the tiles of a grid.
    /// </summary>
    private static ImageHeader Avif(ReadOnlySpan<byte> bytes)
    {
        long width = 0, height = 0;
        var meta = FindBox(bytes, "meta"u8);
        var properties = meta.Length >= 4 ? FindBox(FindBox(meta[4..], "iprp"u8), "ipco"u8) : default;
        for (var at = 0; at + 8 <= properties.Length;)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(properties[at..]);
            if (size < 8 || at + size > properties.Length)
            {
                break;
            }

            if (properties[(at + 4)..(at + 8)].SequenceEqual("ispe"u8) && size >= 20)
            {
                long w = BinaryPrimitives.ReadUInt32BigEndian(properties[(at + 12)..]);
                long h = BinaryPrimitives.ReadUInt32BigEndian(properties[(at + 16)..]);
                if (w * h > width * height)
                {
                    (width, height) = (w, h);
                }
            }

            at += size;
        }

        return Sized(ImageFormat.Avif, width, height);
    }

    private static ReadOnlySpan<byte> FindBox(ReadOnlySpan<byte> boxes, ReadOnlySpan<byte> type)
    {
        for (var at = 0; at + 8 <= boxes.Length;)
        {
            var size = (long)BinaryPrimitives.ReadUInt32BigEndian(boxes[at..]);
            if (size < 8 || at + size > boxes.Length)
            {
                break;
            }

            if (boxes[(at + 4)..(at + 8)].SequenceEqual(type))
            {
                return boxes.Slice(at + 8, (int)size - 8);
            }

            at += (int)size;
        }

        return default;
    }

    /// <summary>
    /// An SVG is XML whose root is an <c>svg</c> element; its size is its width and height in pixels, or else its
    /// viewBox. Nothing is fetched or expanded while reading it.
    /// </summary>
    private static ImageHeader? Svg(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('<'))
        {
            return null;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, MaxCharactersFromEntities = 0 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
            {
                return null;
            }

            var width = Pixels(reader.GetAttribute("width"));
            var height = Pixels(reader.GetAttribute("height"));
            var box = reader.GetAttribute("viewBox")?.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if ((width is null || height is null) && box is { Length: 4 } && Pixels(box[2]) is { } boxWidth && Pixels(box[3]) is { } boxHeight)
            {
                // One given side keeps the drawing's proportions, as a browser would.
                (width, height) = (width, height) switch
                {
                    ({ } w, null) => (w, w * boxHeight / boxWidth),
                    (null, { } h) => (h * boxWidth / boxHeight, h),
                    _ => (boxWidth, boxHeight),
                };
            }

            return width is { } x && height is { } y ? Sized(ImageFormat.Svg, (long)Math.Round(x), (long)Math.Round(y)) : new ImageHeader(ImageFormat.Svg, null, null);
        }
        catch (XmlException)
        {
            return text.Contains("<svg", StringComparison.Ordinal) ? new ImageHeader(ImageFormat.Svg, null, null) : null;
        }
    }

    private static double? Pixels(string? length)
    {
        var number = length?.Trim();
        if (number is not null && number.EndsWith("px", StringComparison.Ordinal))
        {
            number = number[..^2];
        }

        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value) ? value : null;
    }
}
