using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.BrowserTests;

/// <summary>
/// A reader saves an essay, loses the network and reads it; the author changes it, and the reader's next visit
/// online shows the change and keeps it for the next time offline.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineReadingTests(Browser browser)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string WholeEssay = "/essays/tides/all";

    private static string Essay(string opening) => $"""
        # Tides

        {opening}

        ## Slack water

        The pause between the flood and the ebb.
        """;

    [Fact]
    public async Task ASavedEssayReadsOfflineAndAChangeMadeMeanwhileShowsOnTheNextVisitOnline()
    {
        using var site = new OfflineSite(Essay("The first tide of the day turns at six."));
        await using var context = await browser.Chromium.NewContextAsync(new() { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        await page.GotoAsync(WholeEssay);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save for offline reading" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved: it opens offline now.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Saved for offline reading" })).ToBeVisibleAsync();
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");

        // Offline twice over: the browser's emulation, and a server that drops every connection, in case the
        // emulation lets the worker's own requests through.
        await GoOfflineAsync(context, site);
        await page.ReloadAsync();
        await Expect(Opening(page)).ToHaveTextAsync("The first tide of the day turns at six.");
        await page.GotoAsync("/essays/tides");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" }).GetByRole(AriaRole.Link, new() { Name = "Slack water" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Slack water");
        await Expect(page.GetByText("The pause between the flood and the ebb.")).ToBeVisibleAsync();

        await GoOnlineAsync(context, site);
        await site.ChangeAsync(Essay("The first tide of the day turns at seven."), "seven");
        // Visiting may show the browser's HTTP copy for its max-age, as without the worker; a reload asks the server.
        await page.GotoAsync(WholeEssay);
        await page.ReloadAsync();
        await Expect(Opening(page)).ToHaveTextAsync("The first tide of the day turns at seven.");

        // The page named a new library, so the new edition is saved under its name and the old cache is gone.
        var library = await page.Locator("[data-offline]").GetAttributeAsync("data-library");
        await EventuallyAsync(page, """
            async (name) => {
              const keys = await caches.keys();
              const copy = await caches.match("/essays/tides/all", { cacheName: name });
              return keys.length === 1 && keys[0] === name && !!copy && (await copy.text()).includes("at seven");
            }
            """, "reader-offline-" + library);
        await GoOfflineAsync(context, site);
        await page.ReloadAsync();
        await Expect(Opening(page)).ToHaveTextAsync("The first tide of the day turns at seven.");
        Assert.Empty(problems);
    }

    private static ILocator Opening(IPage page) => page.Locator("article.whole-essay section p").First;

    private static async Task GoOfflineAsync(IBrowserContext context, OfflineSite site)
    {
        site.Unplugged = true;
        await context.SetOfflineAsync(true);
    }

    private static async Task GoOnlineAsync(IBrowserContext context, OfflineSite site)
    {
        site.Unplugged = false;
        await context.SetOfflineAsync(false);
    }

    /// <summary>Asks the page until the predicate holds, for at most <see cref="Patience"/>.</summary>
    private static async Task EventuallyAsync(IPage page, string predicate, string argument)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await page.EvaluateAsync<bool>(predicate, argument))
        {
            Assert.True(DateTime.UtcNow < deadline, "The browser's caches never held the new edition alone.");
            await Task.Delay(100);
        }
    }

    /// <summary>The app serving one essay from its own folder, which the test edits, and a plug to pull.</summary>
    private sealed class OfflineSite : IDisposable
    {
        private readonly DirectoryInfo content = Directory.CreateTempSubdirectory("reader-offline-content-");
        private readonly App factory;

        public OfflineSite(string essay)
        {
            File.WriteAllText(Path.Combine(content.FullName, "tides.md"), essay);
            factory = new App(content.FullName, new Plug(this));
            factory.UseKestrel(0);
            factory.StartServer();
            BaseAddress = factory.ClientOptions.BaseAddress;
        }

        public Uri BaseAddress { get; }

        /// <summary>While set, every connection is dropped unanswered, as if the network were gone.</summary>
        public volatile bool Unplugged;

        /// <summary>Rewrites the essay and waits until the site serves the text with <paramref name="expected"/>.</summary>
        public async Task ChangeAsync(string essay, string expected)
        {
            await File.WriteAllTextAsync(Path.Combine(content.FullName, "tides.md"), essay);
            using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = BaseAddress });
            var deadline = DateTime.UtcNow + Patience;
            while (!(await client.GetStringAsync(new Uri(WholeEssay, UriKind.Relative))).Contains(expected, StringComparison.Ordinal))
            {
                Assert.True(DateTime.UtcNow < deadline, "The site never served the changed essay.");
                await Task.Delay(100);
            }
        }

        public void Dispose()
        {
            factory.Dispose();
            content.Delete(recursive: true);
        }

        /// <summary>
        /// A subclass rather than WithWebHostBuilder: the derived factory that returns ignores UseKestrel(0) and
        /// listens on port 5000, which another server of this run may hold already.
        /// </summary>
        private sealed class App(string contentPath, IStartupFilter plug) : WebApplicationFactory<Program>
        {
            protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
                .UseSetting("Reader:ContentPath", contentPath)
                .ConfigureServices(services => services.AddSingleton(plug));
        }

        private sealed class Plug(OfflineSite site) : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((HttpContext context, RequestDelegate rest) =>
                {
                    if (!site.Unplugged)
                    {
                        return rest(context);
                    }

                    context.Abort();
                    return Task.CompletedTask;
                });
                next(app);
            };
        }
    }
}
