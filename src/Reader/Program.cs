using Reader.Content;
using Reader.Caching;
using Reader.Essays;
using Reader.Health;
using Reader.Hosting;
using Reader.Security;
using Reader.Feeds;
using Reader.Site;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Serilog;

if (Reader.Commands.CommandLine.TryRun(args) is { } command)
{
    return await command;
}

Reader.Hosting.StandardOutput.WriteWholeLines();
Log.Logger = new LoggerConfiguration()
    .WriteTo.Console()
    .CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        WebRootPath = Reader.SiteFolders.Locate("wwwroot"),
    });

    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services));
    builder.Services.AddRazorPages(options => options.Conventions.ConfigureFilter(new Reader.Pages.HandledMethodsOnly()));
    builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    builder.AddSite();
    builder.AddEssays();
    builder.AddHealth();
    builder.AddServerLimits();
    builder.AddReverseProxy();
    builder.AddSearchRateLimit();
    builder.AddContentReload();
    builder.AddCaching();

    var app = builder.Build();
    app.BeginLoadingEssays();

    app.UseReverseProxyHeaders();
    app.UseSecurityHeaders();
    app.UseAllowedMethods();
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error");
        app.UseHsts();
    }

    app.UseResponseCompression();
    app.UseStaticFiles();
    app.UseRequestLogging();
    app.UseStatusCodePagesWithReExecute("/not-found");
    app.UseSearchRateLimit();
    app.UsePageCaching();
    app.MapHealth();
    app.MapRazorPages();
    app.MapFeeds();

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
    await Log.CloseAndFlushAsync();
}
