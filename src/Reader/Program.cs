using Reader.Caching;
using Reader.Essays;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Serilog;

if (Reader.Commands.CommandLine.TryRun(args) is { } command)
{
    return await command;
}

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
    builder.Services.AddRazorPages();
    builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    builder.AddEssays();
    builder.AddCaching();

    var app = builder.Build();

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error");
    }

    app.UseResponseCompression();
    app.UseStaticFiles();
    app.UseSerilogRequestLogging();
    app.UseStatusCodePagesWithReExecute("/not-found");
    app.UsePageCaching();
    app.MapRazorPages();

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
