using CommunityStation.Domain.Registration;

namespace CommunityStation.Infrastructure.Documents;

// The Open XML SDK's root namespace (DocumentFormat) would otherwise hide the domain's enum of that name.
using DocumentFormat = CommunityStation.Domain.Registration.DocumentFormat;

/// <summary>
/// R4's <see cref="IDocumentInspector"/>: PDFs are parsed with PdfPig (<see cref="PdfInspection"/>), images decoded and
/// re-encoded with SkiaSharp (<see cref="ImageInspection"/>), DOCX and OFD packages read part by part
/// (<see cref="DocxInspection"/>, <see cref="OfdInspection"/>). Stateless, so one instance serves every request.
/// </summary>
public sealed class DocumentInspector : IDocumentInspector
{
    public DocumentInspection Inspect(byte[] content, DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(content);
        return format switch
        {
            DocumentFormat.Pdf => PdfInspection.Inspect(content),
            DocumentFormat.Docx => DocxInspection.Inspect(content),
            DocumentFormat.Ofd => OfdInspection.Inspect(content),
            _ => ImageInspection.Inspect(content, format),
        };
    }
}
