using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reader.Pages;

internal sealed class NotFoundModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
