using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CommunityStation.Web.Infrastructure;

public static class PageModelExtensions
{
    /// <summary>Runs a FluentValidation validator explicitly and copies its errors under "Input.".</summary>
    public static bool Validate<T>(this ModelStateDictionary modelState, IValidator<T> validator, T input, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(validator);
        ValidationResult result = validator.Validate(input);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        }

        return result.IsValid && modelState.IsValid;
    }

    /// <summary>
    /// Throws away the unit of work so far (after a lost concurrency race, say) and starts a fresh
    /// transaction, with the same tenant settings, for re-reading what the page shows.
    /// </summary>
    public static async Task RestartTransactionAsync(this CommunityStation.Infrastructure.Persistence.AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is { } current)
        {
            await current.RollbackAsync();
            await current.DisposeAsync();
        }

        db.ChangeTracker.Clear();
        await db.Database.BeginTransactionAsync();
    }

    /// <summary>Records that the user saw someone's whole ID number or phone ("each such view is logged").</summary>
    public static Task LogPersonalDataViewAsync(this PageModel page, string entity, object key, Guid? tenantId, string detail)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.HttpContext.RequestServices.GetRequiredService<AuditLog>().WriteAsync(AuditKinds.PersonalDataViewed, entity, key, detail, tenantId);
    }

    /// <summary>
    /// A 404 for an id that is not visible to the user (missing, or another tenant's: deliberately the
    /// same answer), recorded in the audit trail as a denied access.
    /// </summary>
    public static async Task<IActionResult> NotFoundAuditedAsync(this PageModel page, string entity, object? key)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.HttpContext.RequestServices.GetRequiredService<AuditLog>()
            .WriteAsync(AuditKinds.AccessDenied, entity, key, $"404 {page.HttpContext.Request.Method} {page.HttpContext.Request.Path}");
        return page.NotFound();
    }
}
