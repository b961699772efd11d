using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reader.Content;
using Reader.Essays;
using Reader.Store;

namespace Reader.Tests;

/// <summary>The app's loader on its own, for tests of what happens around a load without starting a host.</summary>
internal static class Loaders
{
    public static LibraryLoader For(string contentPath, ILogger<LibraryLoader>? logger = null) => new(
        Options.Create(new ReaderOptions { ContentPath = contentPath }),
        Options.Create(new ContentOptions()),
        Options.Create(new FigureOptions()),
        EssayDefaults.Standard,
        new HostingEnvironment { ContentRootPath = contentPath },
        logger ?? NullLogger<LibraryLoader>.Instance);
}
