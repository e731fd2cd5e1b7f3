using CommunityStation.Domain.Registration;

namespace CommunityStation.Infrastructure.Documents;

/// <summary>
/// R4's <see cref="IDocumentInspector"/>: PDFs are parsed with PdfPig (<see cref="PdfInspection"/>), images decoded and
/// re-encoded with SkiaSharp (<see cref="ImageInspection"/>). Stateless, so one instance serves every request.
/// </summary>
public sealed class DocumentInspector : IDocumentInspector
{
    public DocumentInspection Inspect(byte[] content, DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(content);
        return format == DocumentFormat.Pdf ? PdfInspection.Inspect(content) : ImageInspection.Inspect(content, format);
    }
}
