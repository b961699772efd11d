using Reader.Books;
using Reader.Caching;
using Reader.Commands;
using Reader.Content;
using Reader.Feeds;
using Reader.Figures;
using Reader.Health;
using Reader.Hosting;
using Reader.Metrics;
using Reader.Pages;
using Reader.Reading;
using Reader.Search;
using Reader.Security;
using Reader.Site;
using Reader.Store;
using Serilog;

if (CommandLine.TryRun(args) is { } command)
{
    return await command;
}

var bootstrapLogger = LoggingExtensions.UseBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        WebRootPath = SiteFolders.Locate("wwwroot"),
    });

    builder.AddLogging();
    builder.AddPages();
    builder.AddSite();
    builder.AddLibrary();
    builder.AddSearch();
    builder.AddHealth();
    builder.AddServerLimits();
    builder.AddEphemeralDataProtection();
    builder.AddReverseProxy();
    builder.AddSearchRateLimit();
    builder.AddContentReload();
    builder.AddPageCaching();
    builder.AddMetrics();
    builder.AddFigures();
    builder.AddBooks();

    var app = builder.Build();
    app.BeginLoadingLibrary();

    app.UseReverseProxyHeaders();
    app.UseSecurityHeaders();
    app.UseAllowedMethods();
    app.UseMetricsEndpoint();
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error");
        app.UseHsts();
    }

    app.UseCompression();
    app.UseStaticFiles();
    app.UseRequestLogging();
    app.UseReadyPages();
    app.UseStatusCodePagesWithReExecute("/not-found");
    // Routing (and the authorization Razor Pages brings) comes after the ready pages, which need neither.
    app.UseRouting();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseSearchRateLimit();
    app.UseSearchMetrics();
    app.UsePageCaching();
    app.MapHealth();
    app.MapRazorPages();
    app.MapReadingSettings();
    app.MapFeeds();
    app.MapFigures();
    app.MapBooks();

    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "Reader stopped unexpectedly");
    return 1;
}
finally
{
    await LoggingExtensions.CloseLoggerAsync(bootstrapLogger);
}
