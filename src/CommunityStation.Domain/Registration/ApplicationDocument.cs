using System.Security.Cryptography;
using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Registration;

/// <summary>
/// One version of one R4 document slot of an application. Versions are never replaced in place: a new
/// upload is a new row with the next version number, so every round's documents stay on record.
/// </summary>
public sealed class ApplicationDocument : TenantEntity
{
    public ApplicationDocument(Guid tenantId, Guid id, Guid applicationId, DocumentSlot slot, int version, string fileName, UploadedFile file, Actor uploadedBy, DateTimeOffset uploadedAt)

        : base(tenantId, id)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(uploadedBy);
        ApplicationId = applicationId;
        Slot = slot;
        Version = version;
        FileName = SafeFileName(fileName, file.Extension);
        ContentType = file.ContentType;
        SizeBytes = file.Content.Length;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content));
        Content = file.Content;
        Uploaded = ActorStamp.Of(uploadedBy, uploadedAt);
    }

    private ApplicationDocument()
    {
    }

    public Guid ApplicationId { get; private set; }

    public DocumentSlot Slot { get; private set; }

    public int Version { get; private set; }

    /// <summary>A safe name: path parts, control characters and odd punctuation removed, extension from the content.</summary>
    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    public ActorStamp Uploaded { get; private set; } = null!;

    public static string SafeFileName(string? name, string extension)
    {
        var baseName = Path.GetFileNameWithoutExtension(Path.GetFileName((name ?? string.Empty).Replace('\\', '/')));
        var kept = new string(baseName.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' or '(' or ')').ToArray()).Trim();
        if (kept.Length == 0)
        {
            kept = "document";
        }

        return (kept.Length > 80 ? kept[..80] : kept) + extension;
    }
}
