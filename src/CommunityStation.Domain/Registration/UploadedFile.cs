using System.Text;
using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Registration;

/// <summary>
/// An uploaded document accepted by content, not by name (R4): PDF, JPEG or PNG by file signature and
/// trailer, within the size limit, and with no second format or active content hidden inside (polyglots).
/// </summary>
public sealed class UploadedFile
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PngEnd = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    // Markers of another format or of active content; none belongs in a scanned certificate.
    private static readonly string[] Forbidden = ["<script", "<html", "<?php", "<svg", "/javascript", "/launch", "/embeddedfile", "pk\u0003\u0004", "mz\u0090\u0000"];

    private UploadedFile(byte[] content, string contentType, string extension)
    {
        Content = content;
        ContentType = contentType;
        Extension = extension;
    }

    public byte[] Content { get; }

    public string ContentType { get; }

    public string Extension { get; }

    /// <summary>Checks <paramref name="content"/>; throws a <see cref="DomainException"/> (R4) naming what is wrong.</summary>
    public static UploadedFile Accept(byte[] content, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new DomainException("R4", "文件是空的。", "File");
        }

        if (content.Length > maxBytes)
        {
            throw new DomainException("R4", "文件超过大小上限（{0} MB）。", "File", (maxBytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var (type, extension) = Sniff(content)
            ?? throw new DomainException("R4", "只接受 PDF、JPEG 或 PNG 文件（按文件内容判断，不看扩展名）。", "File");

        if (!HasProperEnd(content, type) || ContainsForeignContent(content))
        {
            throw new DomainException("R4", "文件内容可疑（混有其他格式或可执行内容），请重新扫描后上传。", "File");
        }

        return new UploadedFile(content, type, extension);
    }

    private static (string Type, string Extension)? Sniff(byte[] content) =>
        content.AsSpan().StartsWith(Pdf) ? ("application/pdf", ".pdf")
        : content.AsSpan().StartsWith(Jpeg) ? ("image/jpeg", ".jpg")
        : content.AsSpan().StartsWith(Png) ? ("image/png", ".png")
        : null;

    private static bool HasProperEnd(byte[] content, string type)
    {
        var tail = content.AsSpan(Math.Max(0, content.Length - 1024));
        return type switch
        {
            // A PDF ends with %%EOF (allowing trailing whitespace); a JPEG with EOI; a PNG with IEND.
            "application/pdf" => tail.IndexOf("%%EOF"u8) >= 0 && tail[(tail.LastIndexOf("%%EOF"u8) + 5)..].Trim((byte)'\n').Trim((byte)'\r').Trim((byte)' ').Length == 0,
            "image/jpeg" => content.Length >= 2 && content[^2] == 0xFF && content[^1] == 0xD9,
            "image/png" => content.AsSpan().EndsWith(PngEnd),
            _ => false,
        };
    }

    private static bool ContainsForeignContent(byte[] content)
    {
        // Latin-1 keeps one char per byte, so byte markers can be searched as text.
        var text = Encoding.Latin1.GetString(content);
        return Forbidden.Any(marker => text.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }
}
