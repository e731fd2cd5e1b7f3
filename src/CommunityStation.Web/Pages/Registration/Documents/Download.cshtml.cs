namespace CommunityStation.Web.Pages.Registration.Documents;

/// <summary>
/// Downloads one document version for users who may see its application, as an attachment with the
/// stored safe file name and the sniffed content type (never one the uploader chose).
/// </summary>
public sealed class DownloadModel(AppDbContext db, UserAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var visible = await access.ApplicationsAsync($"document {id}");
        var document = await (from d in db.ApplicationDocuments
                              join a in visible on new { d.TenantId, Id = d.ApplicationId } equals new { a.TenantId, a.Id }
                              where d.Id == id
                              select new { d.FileName, d.ContentType, d.Content, d.Sha256 })
            .FirstOrDefaultAsync().OrNotFound("ApplicationDocument", id);

        Response.Headers["X-Content-Type-Options"] = "nosniff";
        Response.Headers["Content-Security-Policy"] = "default-src 'none'; sandbox";
        Response.Headers.ETag = $"\"{document.Sha256}\"";
        return File(document.Content, document.ContentType, document.FileName);
    }
}
