using System.Globalization;
using System.IO.Compression;
using System.Text;
using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Registration;

/// <summary>
/// An uploaded document accepted by content, not by name (R4): PDF, JPEG, PNG, DOCX or OFD by file signature and
/// structure, within the size limit, and with no active content. Reviewers open these files, so an
/// <see cref="IDocumentInspector"/> parses every PDF (refusing scripts, actions, links out, attachments, encryption),
/// re-encodes every image (only pixels survive: no EXIF/GPS, no trailing payload), and reads every DOCX and OFD
/// package part by part (refusing macros, ActiveX, embedded objects, actions, attachments and zip bombs); what is
/// stored is what the inspector returns.
/// </summary>
public sealed class UploadedFile
{
    /// <summary>Decoded images above this many pixels are refused (decompression bombs; an A4 scan at 600 dpi is ~35 MP).</summary>
    public const long MaxImagePixels = 40_000_000;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>A ZIP package with more parts than this is refused unopened (a DOCX has tens, an OFD of a few pages a few hundred).</summary>
    public const int MaxPackageEntries = 2000;

    /// <summary>A ZIP package that would unpack to more than this is refused (zip bombs).</summary>
    public const long MaxPackageUnpackedBytes = 200L * 1024 * 1024;

    // Markers of a second format inside a PDF (polyglots). A PDF is stored as uploaded, so this cheap scan stays as
    // a second fence behind the parser; images need none, since nothing of the upload but its pixels is stored.
    private static readonly string[] Forbidden = ["<script", "<html", "<?php", "<svg", "/javascript", "/launch", "/embeddedfile", "pk\u0003\u0004", "mz\u0090\u0000"];

    private UploadedFile(byte[] content, string contentType, string extension)
    {
        Content = content;
        ContentType = contentType;
        Extension = extension;
    }

    /// <summary>The bytes to store and hash: the PDF as uploaded, or the image as re-encoded.</summary>
    public byte[] Content { get; }

    public string ContentType { get; }

    public string Extension { get; }

    /// <summary>Checks <paramref name="content"/>; throws a <see cref="DomainException"/> (R4) naming what is wrong.</summary>
    public static UploadedFile Accept(byte[] content, long maxBytes, IDocumentInspector inspector)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(inspector);
        if (content.Length == 0)
        {
            throw new DomainException("R4", "文件是空的。", "File");
        }

        if (content.Length > maxBytes)
        {
            throw new DomainException("R4", "文件超过大小上限（{0} MB）。", "File", (maxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture));
        }

        var (format, type, extension) = Sniff(content)
            ?? throw new DomainException("R4", "只接受 PDF、JPEG、PNG、DOCX 或 OFD 文件（按文件内容判断，不看扩展名）。", "File");

        if (format == DocumentFormat.Pdf && !EndsWithEof(content))
        {
            throw new DomainException("R4", "文件内容可疑（混有其他格式或可执行内容），请重新扫描后上传。", "File");
        }

        var inspection = inspector.Inspect(content, format);
        switch (inspection.Verdict)
        {
            case DocumentVerdict.Clean:
                break;
            case DocumentVerdict.Encrypted when format == DocumentFormat.Pdf:
                throw new DomainException("R4", "PDF 文件已加密或设有密码，审核人员无法查看，请上传未加密的文件。", "File");
            case DocumentVerdict.Encrypted:
                throw new DomainException("R4", "文件已加密或设有密码，审核人员无法查看，请上传未加密的文件。", "File");
            case DocumentVerdict.ActiveContent when format == DocumentFormat.Docx:
                throw new DomainException("R4", "Word 文件含有宏、ActiveX 控件、嵌入对象、自动域或外部链接（{0}），审核人员打开不安全，请另存为普通 .docx 或打印成 PDF 后上传。", "File", inspection.Finding ?? "?");
            case DocumentVerdict.ActiveContent when format == DocumentFormat.Ofd:
                throw new DomainException("R4", "OFD 文件含有动作、附件或可执行内容（{0}），审核人员打开不安全，请重新导出或打印成 PDF 后上传。", "File", inspection.Finding ?? "?");
            case DocumentVerdict.ActiveContent:
                throw new DomainException("R4", "PDF 文件含有脚本、自动动作、外部链接或附件（{0}），审核人员打开不安全，请重新扫描或打印成普通 PDF 后上传。", "File", inspection.Finding ?? "?");
            case DocumentVerdict.PackageTooLarge:
                throw new DomainException("R4", "文件包含的部件过多或展开后过大（上限 {0} 个部件、{1} MB），请另存或打印成 PDF 后上传。", "File", MaxPackageEntries.ToString(CultureInfo.InvariantCulture), (MaxPackageUnpackedBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture));
            case DocumentVerdict.TooManyPixels:
                throw new DomainException("R4", "图片像素过多（上限 {0} 百万像素），请降低分辨率后上传。", "File", (MaxImagePixels / 1_000_000).ToString(CultureInfo.InvariantCulture));
            default:
                throw new DomainException("R4", "文件无法读取（已损坏或格式不规范），请重新扫描或导出后上传。", "File");
        }

        if (format == DocumentFormat.Pdf && ContainsForeignContent(inspection.Content))
        {
            throw new DomainException("R4", "文件内容可疑（混有其他格式或可执行内容），请重新扫描后上传。", "File");
        }

        return new UploadedFile(inspection.Content, type, extension);
    }

    private static (DocumentFormat Format, string Type, string Extension)? Sniff(byte[] content) =>
        content.AsSpan().StartsWith(Pdf) ? (DocumentFormat.Pdf, "application/pdf", ".pdf")
        : content.AsSpan().StartsWith(Jpeg) ? (DocumentFormat.Jpeg, "image/jpeg", ".jpg")
        : content.AsSpan().StartsWith(Png) ? (DocumentFormat.Png, "image/png", ".png")
        : content.AsSpan().StartsWith(Zip) ? PackageKind(content) switch
        {
            DocumentFormat.Docx => (DocumentFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
            DocumentFormat.Ofd => (DocumentFormat.Ofd, "application/ofd", ".ofd"),
            _ => null,
        }
        : null;

    /// <summary>
    /// Which package a ZIP is, by the part that defines it: [Content_Types].xml (OOXML) or OFD.xml (OFD) at the
    /// root. Only the central directory is read here; the inspector opens the parts, within its limits.
    /// </summary>
    private static DocumentFormat? PackageKind(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Take(MaxPackageEntries + 1).Select(e => e.FullName).ToList();
            var ofd = names.Contains("OFD.xml", StringComparer.Ordinal);
            var ooxml = names.Contains("[Content_Types].xml", StringComparer.Ordinal);

            // Both at once is a package built to be read two ways: neither.
            return ofd == ooxml ? null : ofd ? DocumentFormat.Ofd : DocumentFormat.Docx;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // A PDF ends with %%EOF (allowing trailing whitespace): nothing appended after the last revision.
    private static bool EndsWithEof(byte[] content)
    {
        var tail = content.AsSpan(Math.Max(0, content.Length - 1024));
        var eof = tail.LastIndexOf("%%EOF"u8);
        return eof >= 0 && tail[(eof + 5)..].Trim((byte)'\n').Trim((byte)'\r').Trim((byte)' ').Length == 0;
    }

    private static bool ContainsForeignContent(byte[] content)
    {
        // Latin-1 keeps one char per byte, so byte markers can be searched as text.
        var text = Encoding.Latin1.GetString(content);
        return Forbidden.Any(marker => text.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }
}
