using CommunityStation.Infrastructure.Documents;

namespace CommunityStation.Web.Infrastructure.Export;

/// <summary>A refused line of an import: its number in the file and every reason, in the user's language.</summary>
public sealed record ImportRefusal(int Line, IReadOnlyList<string> Reasons);

/// <summary>
/// What every import page shares (people, tenants, users, communities): the upload (CSV or XLSX, at most
/// <see cref="MaxFileBytes"/>, read by <see cref="TableFile"/>), the header check, the template download, and the
/// report: all or nothing, every refused line with its number and every reason, else created / updated / unchanged.
/// The page (<c>_Import.cshtml</c>) renders the same form and report for all of them.
/// </summary>
public abstract class ImportPageModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The page's localizer, for a derived page's own messages.</summary>
    protected IStringLocalizer<SharedResource> Localizer => l;

    /// <summary>The columns, in order, as the template's header.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>The page's title and heading (a resource key).</summary>
    public abstract string Title { get; }

    /// <summary>Whether the page offers "update existing records" (otherwise a line that differs from what exists is refused).</summary>
    public virtual bool OffersUpdate => false;

    /// <summary>A line under the heading saying what the import does (a resource key), if any.</summary>
    public virtual string? Hint => null;

    [BindProperty]
    public bool UpdateExisting { get; set; }

    public IReadOnlyList<ImportRefusal> Refused { get; private set; } = [];

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>The upload: a file that cannot be read is refused at the file field; the lines of one that can go to <see cref="ImportAsync"/>.</summary>
    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (await ReadAsync(file) is { } lines)
        {
            await ImportAsync(lines);
        }

        return Page();
    }

    /// <summary>What the page does with the file's lines (after the header): plans them, <see cref="Report"/>s the plan, and saves only when nothing was refused.</summary>
    protected abstract Task ImportAsync(IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> lines);

    /// <summary>
    /// All or nothing, for a plan whose records are all it saves: shows its outcome and adds its new records, or, when a
    /// line was refused, forgets every change the planning tracked.
    /// </summary>
    protected async Task SaveAsync<T>(AppDbContext db, ImportPlan<T> plan)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!Report(plan))
        {
            db.ChangeTracker.Clear();
            return;
        }

        db.AddRange(plan.Created);
        await db.SaveChangesAsync();
    }

    /// <summary>The uploaded file's lines after the header, blank lines left out; null (with a message at the file field) when it cannot be read.</summary>
    private async Task<IReadOnlyList<(int Line, IReadOnlyList<string> Cells)>?> ReadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["请选择 CSV 或 XLSX 文件。"]);
            return null;
        }

        if (file.Length > MaxFileBytes)
        {
            ModelState.AddModelError("file", l["文件不能超过 5 MB。"]);
            return null;
        }

        IReadOnlyList<TableRow> rows;
        try
        {
            await using var stream = file.OpenReadStream();
            rows = TableFile.Read(stream);
        }
        catch (TableFileException e)
        {
            ModelState.AddModelError("file", l[e.Message]);
            return null;
        }

        var header = rows.FirstOrDefault(r => !r.IsBlank);
        if (header is null || !Columns.Select((c, i) => header.Cell(i).Trim() is var h && (h == c || h == l[c].Value)).All(same => same))
        {
            ModelState.AddModelError("file", l["第一行须是模板的列名：{0}。", string.Join("，", Columns.Select(c => l[c].Value))]);
            return null;
        }

        return rows.SkipWhile(r => r != header).Skip(1).Where(r => !r.IsBlank).Select(r => (r.Line, r.Cells)).ToList();
    }

    /// <summary>Shows the plan's outcome; true when nothing was refused (the page then saves).</summary>
    protected bool Report<T>(ImportPlan<T> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Done = true;
        Refused = plan.Refused.Select(r => new ImportRefusal(r.Key, r.Value.Select(e => l.Describe(e)).ToList())).ToList();
        (Created, Updated, Unchanged) = (plan.CreatedCount, plan.Updated, plan.Unchanged);
        return !plan.IsRefused;
    }

    /// <summary>The template: the columns and <paramref name="example"/>, XLSX unless <paramref name="format"/> is "csv".</summary>
    protected Task<IActionResult> TemplateAsync(string? format, string fileName, IReadOnlyList<string> example) =>
        TableExport.TemplateAsync(Response, format, fileName, l[Title], Columns.Select(c => l[c].Value).ToList(), example);
}
