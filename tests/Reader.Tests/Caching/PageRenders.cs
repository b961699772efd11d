using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Reader.Tests.Caching;

/// <summary>Counts the pages Razor Pages really renders, so a test can tell a page rendered from one served as it was.</summary>
internal sealed class PageRenders : IAsyncPageFilter
{
    private int count;

    public int Count => Volatile.Read(ref count);

    /// <summary>An app whose page renders are counted.</summary>
    public static (ReaderApp App, PageRenders Renders) App(string? contentPath = null)
    {
        var renders = new PageRenders();
        var app = new ReaderApp(contentPath)
        {
            TestServices = services => services.Configure<MvcOptions>(options => options.Filters.Add(renders)),
        };
        return (app, renders);
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Interlocked.Increment(ref count);
        return next();
    }
}
