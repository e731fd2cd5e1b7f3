using System.Runtime.ExceptionServices;
using CommunityStation.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.Filters;
using Npgsql;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// Runs every page handler in one database transaction, so the RLS tenant settings (set per
/// transaction) cover all of its queries and its writes commit or roll back together. It is also the
/// one place that turns a refused domain rule, or a lost optimistic-concurrency race, into a message
/// next to the field, with everything the user entered kept.
/// </summary>
public sealed class UnitOfWorkPageFilter(AppDbContext db, NpgsqlDataSource dataSource, IStringLocalizer<SharedResource> localizer, InboxBadge badge) : IAsyncPageFilter
{
    /// <summary>A PostgreSQL "data exception" (SQLSTATE class 22: 22001 too long, 22003 out of range, 22021 NUL…), thrown directly or inside EF's DbUpdateException.</summary>
    private static Npgsql.PostgresException? DataException(Exception exception) =>
        (exception as Npgsql.PostgresException ?? exception.InnerException as Npgsql.PostgresException) is { } pg && pg.SqlState.StartsWith("22", StringComparison.Ordinal) ? pg : null;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        // A POST (or other verb) to a page with no handler for it: refuse, rather than render a page
        // whose model was never loaded.
        if (context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        if (context.ActionDescriptor.EndpointMetadata.OfType<NoUnitOfWorkAttribute>().Any()
            || context.HandlerMethod?.MethodInfo.IsDefined(typeof(NoUnitOfWorkAttribute), inherit: false) == true)
        {
            await next();
            return;
        }

        // The sign-in check already found the database down: run no page on an unchecked sign-in.
        if (DatabaseOutageHandling.OutageSeen(context.HttpContext) is { } outage)
        {
            ExceptionDispatchInfo.Throw(outage);
        }

        await BeginAsync();
        var executed = await next();

        // The current transaction, not the one opened above: a handler may have restarted it
        // (RestartTransactionAsync) after losing a concurrency race.
        await using var transaction = db.Database.CurrentTransaction;
        if (executed.Exception is null)
        {
            // The layout's badge, read in this transaction rather than on a second connection after it.
            if (executed.Result is null or PageResult)
            {
                await badge.LoadAsync();
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync();
            }

            return;
        }

        if (transaction is not null)
        {
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();

        switch (executed.Exception)
        {
            case RecordNotFoundException notFound:
                executed.Result = await ((PageModel)context.HandlerInstance).NotFoundAuditedAsync(notFound.Entity, notFound.Key);
                executed.ExceptionHandled = true;
                break;
            case Access.AccessDeniedException:
                // An action the declaration does not give this user: the same 403 as a page they may not open.
                executed.Result = new Microsoft.AspNetCore.Mvc.ForbidResult();
                executed.ExceptionHandled = true;
                break;
            case DomainException refused:
                context.ModelState.AddModelError(refused.Field is null ? string.Empty : $"Input.{refused.Field}", localizer.Describe(refused));
                executed.Result = new PageResult();
                executed.ExceptionHandled = true;
                break;
            case DbUpdateConcurrencyException:
                context.ModelState.AddModelError(string.Empty, localizer["这条记录刚被其他人修改或处理过，请刷新后再试。"].Value);
                executed.Result = new PageResult();
                executed.ExceptionHandled = true;
                break;
            case DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } }:
                // Two people saving the same thing at once: the database's unique key decides, the loser is told.
                context.ModelState.AddModelError(string.Empty, localizer["同样的记录刚刚已由他人保存，请刷新后查看。"].Value);
                executed.Result = new PageResult();
                executed.ExceptionHandled = true;
                break;
            case var data when DataException(data) is not null:
                // Last line of defence behind the binder: a value PostgreSQL refuses (too long for its
                // column, out of range) is the user's input, not a server fault.
                if (HttpMethods.IsGet(context.HttpContext.Request.Method))
                {
                    executed.Result = new Microsoft.AspNetCore.Mvc.BadRequestResult();
                }
                else
                {
                    context.ModelState.AddModelError(string.Empty, localizer["输入的内容过长或超出允许的范围，没有保存。请检查后再提交。"].Value);
                    executed.Result = new PageResult();
                }

                executed.ExceptionHandled = true;
                break;
        }
    }

    /// <summary>
    /// Opens the transaction. Nothing has happened yet, so if the pooled connection turns out dead (the
    /// database restarted since it was last used) it is safe to drop the pool and try once more.
    /// </summary>
    private async Task BeginAsync()
    {
        try
        {
            await db.Database.BeginTransactionAsync();
        }
        catch (Exception e) when (DatabaseOutage.IsOutage(e))
        {
            await db.Database.CloseConnectionAsync();
            dataSource.Clear();
            await db.Database.BeginTransactionAsync();
        }
    }
}
