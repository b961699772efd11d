using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Reader.Pages;

/// <summary>
/// A page answers only the methods it has a handler for (HEAD comes with OnGet). Razor Pages would otherwise
/// render a page for TRACE or OPTIONS without running its OnGet, and the page would meet a model it never
/// loaded: a 500 where 405 is the answer.
/// </summary>
internal sealed class HandledMethodsOnly : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
