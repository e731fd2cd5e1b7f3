namespace CommunityStation.Domain.Registration;

/// <summary>The formats R4 accepts, as told by the file's signature (never its name).</summary>
public enum DocumentFormat
{
    Pdf,
    Jpeg,
    Png,

    /// <summary>A Word document as Office Open XML (ISO/IEC 29500): a ZIP package with [Content_Types].xml and word/document.xml.</summary>
    Docx,

    /// <summary>China's fixed-layout e-document (GB/T 33190-2016): a ZIP package with OFD.xml at its root.</summary>
    Ofd,
}

/// <summary>What an inspection found; <see cref="UploadedFile.Accept"/> turns each refusal into an R4 message.</summary>
public enum DocumentVerdict
{
    Clean,

    /// <summary>The format's library cannot parse or decode it (damaged, malformed, not really that format).</summary>
    Unreadable,

    /// <summary>An encrypted or password-protected PDF: reviewers could not check what it holds.</summary>
    Encrypted,

    /// <summary>
    /// Scripts, actions, links out or attachments in a PDF; macros, ActiveX, embedded objects, DDE fields or external
    /// relationships in a DOCX; actions, attachments or executable parts in an OFD. <see cref="DocumentInspection.Finding"/> names one.
    /// </summary>
    ActiveContent,

    /// <summary>An image over <see cref="UploadedFile.MaxImagePixels"/> (a decompression bomb or needlessly large).</summary>
    TooManyPixels,

    /// <summary>A ZIP package (DOCX, OFD) with too many parts or too much to unpack (a zip bomb or needlessly large).</summary>
    PackageTooLarge,
}

/// <summary>The verdict and, when clean, the bytes to store (an image re-encoded, a PDF as uploaded).</summary>
public sealed record DocumentInspection(DocumentVerdict Verdict, byte[] Content, string? Finding = null)
{
    public static DocumentInspection Clean(byte[] content) => new(DocumentVerdict.Clean, content);

    public static DocumentInspection Refused(DocumentVerdict verdict, string? finding = null) => new(verdict, [], finding);
}

/// <summary>
/// Looks inside an uploaded document with a real parser or decoder (R4 "no active content"). The rule and its
/// messages stay here in the domain; how a PDF is parsed or an image re-encoded needs packages, so it lives in
/// Infrastructure behind this interface and the domain keeps no package references.
/// </summary>
public interface IDocumentInspector
{
    DocumentInspection Inspect(byte[] content, DocumentFormat format);
}
