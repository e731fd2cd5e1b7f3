using CommunityStation.Domain.Registration;
using SkiaSharp;

namespace CommunityStation.Infrastructure.Documents;

// The Open XML SDK's root namespace (DocumentFormat) would otherwise hide the domain's enum of that name.
using DocumentFormat = CommunityStation.Domain.Registration.DocumentFormat;

/// <summary>
/// Decodes a JPEG or PNG with SkiaSharp and encodes its pixels afresh, so nothing of the upload but the picture is
/// stored: no EXIF (GPS, camera, thumbnails), no comments or ICC tricks, no data hidden after the image's end. The
/// EXIF orientation is applied to the pixels first, so a phone photo stays upright once its EXIF is gone.
/// </summary>
internal static class ImageInspection
{
    // High enough that a scanned certificate stays legible; a re-encode is at worst about the size of the upload.
    private const int JpegQuality = 90;

    public static DocumentInspection Inspect(byte[] content, DocumentFormat format)
    {
        var expected = format == DocumentFormat.Png ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != expected)
        {
            return DocumentInspection.Refused(DocumentVerdict.Unreadable);
        }

        // The header's size, checked before any pixel memory is allocated.
        var size = codec.Info;
        if (size.Width <= 0 || size.Height <= 0 || (long)size.Width * size.Height > UploadedFile.MaxImagePixels)
        {
            return DocumentInspection.Refused(DocumentVerdict.TooManyPixels);
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            // Truncated or corrupt data (IncompleteInput, InvalidInput, …): a reviewer would see a broken image.
            return DocumentInspection.Refused(DocumentVerdict.Unreadable);
        }

        // Most images need no turning; drawing a copy of a big scan is not free.
        using var turned = codec.EncodedOrigin == SKEncodedOrigin.TopLeft ? null : Upright(decoded, codec.EncodedOrigin);
        using var image = SKImage.FromBitmap(turned ?? decoded);
        using var encoded = image.Encode(expected, format == DocumentFormat.Png ? 100 : JpegQuality);
        return encoded is null
            ? DocumentInspection.Refused(DocumentVerdict.Unreadable)
            : DocumentInspection.Clean(encoded.ToArray());
    }

    /// <summary>A copy of <paramref name="source"/> drawn the way EXIF <paramref name="origin"/> says it is shown.</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width, h = source.Height;

        // Maps a stored pixel (x, y) to where it is shown: x' = a·x + b·y + c, y' = d·x + e·y + f.
        var (a, b, c, d, e, f) = origin switch
        {
            SKEncodedOrigin.TopRight => (-1f, 0f, w, 0f, 1f, 0f),    // mirrored
            SKEncodedOrigin.BottomRight => (-1f, 0f, w, 0f, -1f, h), // turned 180°
            SKEncodedOrigin.BottomLeft => (1f, 0f, 0f, 0f, -1f, h),  // flipped
            SKEncodedOrigin.LeftTop => (0f, 1f, 0f, 1f, 0f, 0f),     // transposed
            SKEncodedOrigin.RightTop => (0f, -1f, h, 1f, 0f, 0f),    // turned 90° clockwise
            SKEncodedOrigin.RightBottom => (0f, -1f, h, -1f, 0f, w), // transversed
            SKEncodedOrigin.LeftBottom => (0f, 1f, 0f, -1f, 0f, w),  // turned 90° anticlockwise
            _ => (1f, 0f, 0f, 0f, 1f, 0f),
        };
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(source.Info.WithSize(turned ? source.Height : source.Width, turned ? source.Width : source.Height));
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(new SKMatrix(a, b, c, d, e, f, 0, 0, 1));
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }
}
