namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// A page with one form: it binds one <see cref="Input"/> (a nested class, or a form shared by two pages), so a
/// <c>DomainException</c>'s field lands under <c>Input.{Field}</c> and the re-rendered form keeps what was typed.
/// </summary>
public abstract class InputPageModel<TInput> : PageModel
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();
}
